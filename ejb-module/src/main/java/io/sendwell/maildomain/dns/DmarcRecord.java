package io.sendwell.maildomain.dns;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A parsed DMARC policy record (RFC 7489 section 6.3); unknown tags are ignored as receivers do. */
public final class DmarcRecord {

    public enum Policy { NONE, QUARANTINE, REJECT }

    public enum Alignment { RELAXED, STRICT }

    private final Policy policy;
    private final Policy subdomainPolicy;
    private final Alignment dkimAlignment;
    private final Alignment spfAlignment;
    private final int percent;
    private final List<String> aggregateReportUris;

    private DmarcRecord(Map<String, String> tags) {
        this.policy = policy(tags, "p").orElseThrow(
                () -> new MalformedRecordException("the p= tag (none, quarantine or reject) is required"));
        this.subdomainPolicy = policy(tags, "sp").orElse(policy);
        this.dkimAlignment = alignment(tags, "adkim");
        this.spfAlignment = alignment(tags, "aspf");
        this.percent = percent(tags.get("pct"));
        this.aggregateReportUris = uris(tags.get("rua"));
    }

    /** Whether a TXT text claims to be DMARC, even if badly; receivers ignore everything else. */
    public static boolean isDmarc(String txt) {
        return txt.trim().toLowerCase(Locale.ROOT).replace(" ", "").startsWith("v=dmarc");
    }

    public static DmarcRecord parse(String txt) {
        if (txt == null || !txt.trim().matches("v\\s*=\\s*DMARC1\\s*(;.*)?")) {
            throw new MalformedRecordException("a DMARC record must start with exactly \"v=DMARC1;\"");
        }
        Map<String, String> tags = new LinkedHashMap<>();
        for (String pair : txt.trim().split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                tags.putIfAbsent(pair.substring(0, equals).trim().toLowerCase(Locale.ROOT),
                        pair.substring(equals + 1).trim());
            } else if (!pair.isBlank()) {
                throw new MalformedRecordException("'" + pair.trim() + "' is not a tag=value pair");
            }
        }
        return new DmarcRecord(tags);
    }

    public Policy policy() {
        return policy;
    }

    public Policy subdomainPolicy() {
        return subdomainPolicy;
    }

    public Alignment dkimAlignment() {
        return dkimAlignment;
    }

    public Alignment spfAlignment() {
        return spfAlignment;
    }

    public int percent() {
        return percent;
    }

    public List<String> aggregateReportUris() {
        return aggregateReportUris;
    }

    public boolean enforces() {
        return policy != Policy.NONE;
    }

    private static Optional<Policy> policy(Map<String, String> tags, String tag) {
        String value = tags.get(tag);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Policy.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException(tag + "=" + value + " is not a policy; use none, quarantine or reject");
        }
    }

    private static Alignment alignment(Map<String, String> tags, String tag) {
        String value = tags.getOrDefault(tag, "r").toLowerCase(Locale.ROOT);
        return switch (value) {
            case "r" -> Alignment.RELAXED;
            case "s" -> Alignment.STRICT;
            default -> throw new MalformedRecordException(tag + "=" + value + " is not valid; use r or s");
        };
    }

    private static int percent(String value) {
        if (value == null) {
            return 100;
        }
        try {
            int percent = Integer.parseInt(value);
            if (percent >= 0 && percent <= 100) {
                return percent;
            }
        } catch (NumberFormatException e) {
            // falls through to the same message as an out-of-range number
        }
        throw new MalformedRecordException("pct=" + value + " must be a whole number from 0 to 100");
    }

    private static List<String> uris(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> uris = Arrays.stream(value.split(",")).map(String::trim).toList();
        uris.stream().filter(uri -> !uri.toLowerCase(Locale.ROOT).startsWith("mailto:")).findFirst().ifPresent(uri -> {
            throw new MalformedRecordException("rua=" + uri + " must be a mailto: address");
        });
        return uris;
    }
}
