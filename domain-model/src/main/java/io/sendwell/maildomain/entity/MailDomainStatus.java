package io.sendwell.maildomain.entity;

/** Where a domain is in SES verification. Only VERIFIED domains send. */
public enum MailDomainStatus {
    PENDING, VERIFIED, FAILED
}
