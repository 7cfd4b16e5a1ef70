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

/** SES email identities for tenants' domains: Easy DKIM (2048-bit) and a custom MAIL FROM. */
@ApplicationScoped
public class SesIdentities implements SendingIdentities {

    @Inject
    SesClients clients;

    @Override
    public Registration register(String region, String domain, String mailFromDomain, OwnDkimKey ownKey) {
        SesV2Client client = clients.forRegion(region);
        java.util.List<String> tokens;
        try {
            tokens = client.createEmailIdentity(b -> b.emailIdentity(domain)
                    .dkimSigningAttributes(d -> {
                        if (ownKey == null) {
                            d.nextSigningKeyLength(DkimSigningKeyLength.RSA_2048_BIT);
                        } else {
                            d.domainSigningSelector(ownKey.selector()).domainSigningPrivateKey(ownKey.privateKeyBase64());
                        }
                    }))
                    .dkimAttributes().tokens();
        } catch (AlreadyExistsException e) {
            // SES identities are per account: the identity may be left from an earlier registration.
            tokens = client.getEmailIdentity(b -> b.emailIdentity(domain)).dkimAttributes().tokens();
        }
        client.putEmailIdentityMailFromAttributes(b -> b.emailIdentity(domain).mailFromDomain(mailFromDomain)
                .behaviorOnMxFailure(BehaviorOnMxFailure.USE_DEFAULT_VALUE));
        return new Registration(tokens);
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
    public void remove(String region, String domain) {
        try {
            clients.forRegion(region).deleteEmailIdentity(b -> b.emailIdentity(domain));
        } catch (NotFoundException e) {
            // already gone
        }
    }
}
