package io.sendwell.maildomain.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One record a tenant has to publish. {@code value} is the logical value: for TXT the unquoted
 * text, for MX {@code "<preference> <host>"}, for CNAME the target host.
 */
public record DnsRecord(RecordType type, String name, String value, RecordPurpose purpose, String explanation) {

    /** A single TXT character-string may hold at most 255 bytes (RFC 1035). */
    private static final int TXT_STRING_LIMIT = 255;

    public DnsRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(purpose, "purpose");
        name = DnsNames.requireHostName(name, "record name");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("record value is required");
        }
        explanation = explanation == null ? "" : explanation;
    }

    /** The record as a BIND zone-file line; long TXT values are split into quoted 255-byte strings. */
    public String zoneFileLine() {
        String rdata = switch (type) {
            case TXT -> quotedTxtStrings(value);
            case CNAME -> value + ".";
            case MX -> value + ".";
        };
        return name + ". 3600 IN " + type + " " + rdata;
    }

    private static String quotedTxtStrings(String text) {
        List<String> parts = new ArrayList<>();
        for (int start = 0; start < text.length(); start += TXT_STRING_LIMIT) {
            String part = text.substring(start, Math.min(text.length(), start + TXT_STRING_LIMIT));
            parts.add('"' + part.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
        }
        return String.join(" ", parts);
    }
}
