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

    /** Creates the domain identity with Easy DKIM and a custom MAIL FROM; idempotent for an existing identity. */
    Registration register(String region, String domain, String mailFromDomain);

    Status status(String region, String domain);

    void remove(String region, String domain);
}
