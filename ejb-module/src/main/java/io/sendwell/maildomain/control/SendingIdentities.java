package io.sendwell.maildomain.control;

import java.util.List;

/** The port to the mail service's sending identities (SES email identities). */
public interface SendingIdentities {

    record Registration(List<String> dkimTokens) {
    }

    enum Verification {
        PENDING, VERIFIED, FAILED
    }

    record Status(Verification verification, String dkimStatus, String mailFromStatus, String detail) {
    }

    /** The tenant's own DKIM key for BYODKIM; {@code toString()} hides the key. */
    record OwnDkimKey(String selector, String privateKeyBase64) {
        @Override
        public String toString() {
            return "OwnDkimKey[selector=" + selector + "]";
        }
    }

    /** Creates the domain identity with Easy DKIM and a custom MAIL FROM; idempotent for an existing identity. */
    default Registration register(String region, String domain, String mailFromDomain) {
        return register(region, domain, mailFromDomain, null);
    }

    /** As above; with {@code ownKey} SES signs with the tenant's key (BYODKIM) instead of Easy DKIM. */
    Registration register(String region, String domain, String mailFromDomain, OwnDkimKey ownKey);

    Status status(String region, String domain);

    void remove(String region, String domain);
}
