package io.sendwell.maildomain.dns;

/** Why a record matters; the doctor and the console group records by it. */
public enum RecordPurpose {
    DKIM,
    MAIL_FROM_MX,
    MAIL_FROM_SPF,
    APEX_SPF,
    DMARC
}
