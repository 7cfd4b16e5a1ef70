package io.sendwell.sending.ses;

import io.sendwell.maildomain.control.SendingIdentities;
import io.sendwell.platform.aws.SesClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AlreadyExistsException;
import software.amazon.awssdk.services.sesv2.model.BehaviorOnMxFailure;
import software.amazon.awssdk.services.sesv2.model.DkimSigningKeyLength;
import software.amazon.awssdk.services.sesv2.model.DkimStatus;
import software.amazon.awssdk.services.sesv2.model.GetEmailIdentityResponse;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;
import software.amazon.awssdk.services.sesv2.model.Tag;

import io.sendwell.maildomain.entity.DomainClaim.IdentityOwner;
import java.util.List;
import java.util.Optional;

/**
 * SES email identities for tenants' domains: Easy DKIM (2048-bit) or BYODKIM and a custom MAIL
 * FROM, tagged with the tenant Sendwell created them for (see {@link SendingIdentities#OWNER_TAG}).
 */
@ApplicationScoped
public class SesIdentities implements SendingIdentities {

    @Inject
    SesClients clients;

    @Override
    public IdentityOwner owner(String region, String domain) {
        GetEmailIdentityResponse identity;
        try {
            identity = clients.forRegion(region).getEmailIdentity(b -> b.emailIdentity(domain));
        } catch (NotFoundException e) {
            return IdentityOwner.ABSENT;
        }
        return ownerTag(identity).map(IdentityOwner::tenant).orElse(IdentityOwner.UNKNOWN);
    }

    @Override
    public Registration create(String region, String domain, String mailFromDomain, OwnDkimKey ownKey, String tenantId) {
        SesV2Client client = clients.forRegion(region);
        List<String> tokens;
        try {
            tokens = client.createEmailIdentity(b -> b.emailIdentity(domain)
                    .tags(Tag.builder().key(OWNER_TAG).value(tenantId).build())
                    .dkimSigningAttributes(d -> {
                        if (ownKey == null) {
                            d.nextSigningKeyLength(DkimSigningKeyLength.RSA_2048_BIT);
                        } else {
                            d.domainSigningSelector(ownKey.selector()).domainSigningPrivateKey(ownKey.privateKeyBase64());
                        }
                    }))
                    .dkimAttributes().tokens();
        } catch (AlreadyExistsException e) {
            // Someone created it after the owner check: never treat another's identity as ours.
            throw new IdentityExistsException(domain);
        }
        putMailFrom(client, domain, mailFromDomain);
        return new Registration(tokens);
    }

    @Override
    public Registration useExisting(String region, String domain, String mailFromDomain) {
        SesV2Client client = clients.forRegion(region);
        List<String> tokens = client.getEmailIdentity(b -> b.emailIdentity(domain)).dkimAttributes().tokens();
        putMailFrom(client, domain, mailFromDomain);
        return new Registration(tokens);
    }

    private static void putMailFrom(SesV2Client client, String domain, String mailFromDomain) {
        client.putEmailIdentityMailFromAttributes(b -> b.emailIdentity(domain).mailFromDomain(mailFromDomain)
                .behaviorOnMxFailure(BehaviorOnMxFailure.USE_DEFAULT_VALUE));
    }

    private static Optional<String> ownerTag(GetEmailIdentityResponse identity) {
        return identity.tags() == null ? Optional.empty() : identity.tags().stream()
                .filter(t -> OWNER_TAG.equals(t.key()) && t.value() != null && !t.value().isBlank())
                .map(Tag::value).findFirst();
    }

    @Override
    public Status status(String region, String domain) {
        GetEmailIdentityResponse identity;
        try {
            identity = clients.forRegion(region).getEmailIdentity(b -> b.emailIdentity(domain));
        } catch (NotFoundException e) {
            return new Status(Verification.FAILED, null, null, "SES has no identity for " + domain);
        }
        DkimStatus dkim = identity.dkimAttributes() == null ? null : identity.dkimAttributes().status();
        String mailFrom = identity.mailFromAttributes() == null ? null
                : identity.mailFromAttributes().mailFromDomainStatusAsString();
        Verification verification;
        if (Boolean.TRUE.equals(identity.verifiedForSendingStatus())) {
            verification = Verification.VERIFIED;
        } else if (dkim == DkimStatus.FAILED) {
            verification = Verification.FAILED;
        } else {
            verification = Verification.PENDING;
        }
        String detail = identity.verificationInfo() == null || identity.verificationInfo().errorType() == null ? null
                : identity.verificationInfo().errorTypeAsString();
        return new Status(verification, dkim == null ? null : dkim.toString(), mailFrom, detail);
    }

    @Override
    public boolean removeIfCreatedFor(String region, String domain, String tenantId) {
        SesV2Client client = clients.forRegion(region);
        GetEmailIdentityResponse identity;
        try {
            identity = client.getEmailIdentity(b -> b.emailIdentity(domain));
        } catch (NotFoundException e) {
            return false;
        }
        if (!ownerTag(identity).filter(tenantId::equals).isPresent()) {
            return false;
        }
        try {
            client.deleteEmailIdentity(b -> b.emailIdentity(domain));
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
