package io.sendwell.maildomain.dns;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What SES knows about one domain identity: the input for both the required records and the
 * doctor. The MAIL FROM domain is only checked for syntax here, because the doctor must be able
 * to explain a MAIL FROM that is not a subdomain (e.g. one configured outside Sendwell).
 */
public record SesDomainSetup(String domain, List<String> dkimTokens, String mailFromDomain, String region,
                             String dmarcReportAddress, ByoDkim byoDkim) {

    /** Bring-your-own-DKIM: SES signs with the tenant's key, published as TXT at the selector. */
    public record ByoDkim(String selector, String publicKey) {
    }

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov)?-[a-z]+-\\d");
    private static final Pattern DKIM_TOKEN = Pattern.compile("[a-z0-9]{16,64}");
    private static final Pattern MAILBOX = Pattern.compile("[^@\\s;,!]+@[^@\\s;,!]+");

    public SesDomainSetup {
        domain = DnsNames.requireHostName(domain, "domain");
        dkimTokens = List.copyOf(dkimTokens);
        if (byoDkim == null && dkimTokens.size() != 3 || !dkimTokens.stream().allMatch(t -> DKIM_TOKEN.matcher(t).matches())) {
            throw new IllegalArgumentException("Easy DKIM needs exactly 3 lower-case tokens, got " + dkimTokens);
        }
        mailFromDomain = mailFromDomain == null || mailFromDomain.isBlank()
                ? "mail." + domain
                : DnsNames.requireHostName(mailFromDomain, "MAIL FROM domain");
        if (region == null || !REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("not an AWS region: " + region);
        }
        if (dmarcReportAddress == null || !MAILBOX.matcher(dmarcReportAddress).matches()) {
            throw new IllegalArgumentException("not a DMARC report address: " + dmarcReportAddress);
        }
    }

    /** Easy DKIM: SES's three tokens. */
    public SesDomainSetup(String domain, List<String> dkimTokens, String mailFromDomain, String region,
                          String dmarcReportAddress) {
        this(domain, dkimTokens, mailFromDomain, region, dmarcReportAddress, null);
    }

    /** The usual case: MAIL FROM on {@code mail.<domain>}. */
    public static SesDomainSetup withDefaultMailFrom(String domain, List<String> dkimTokens, String region,
                                                     String dmarcReportAddress) {
        return new SesDomainSetup(domain, dkimTokens, null, region, dmarcReportAddress);
    }

    public String feedbackMxHost() {
        return "feedback-smtp." + region + ".amazonses.com";
    }

    public boolean mailFromIsSubdomain() {
        return DnsNames.isSubdomainOf(mailFromDomain, domain);
    }
}
