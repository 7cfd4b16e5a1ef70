package io.sendwell.maildomain.dns;

/** The DNS record types SES onboarding deals with. */
public enum RecordType {
    CNAME, MX, TXT
}
