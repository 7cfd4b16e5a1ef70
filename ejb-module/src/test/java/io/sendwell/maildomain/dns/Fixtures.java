package io.sendwell.maildomain.dns;

import java.util.List;

/** Real-world record shapes: the published SPF of common mail vendors and a healthy SES domain. */
final class Fixtures {

    static final List<String> TOKENS = List.of(
            "4mzvzwg5qxw3gdcc3bcvrpuwsxrl3sx5", "hpgqyuxdvqx2bqosmnbzhh6pwsmffwbz", "xmahzcfyuaxcle4ozvjdgtrx4d5kwgil");
    static final String DOMAIN = "example.com";
    static final String MAIL_FROM = "mail.example.com";
    static final String REGION = "eu-west-1";
    static final String SES_MX = "feedback-smtp.eu-west-1.amazonses.com";

    static final String GOOGLE = "include:_spf.google.com";       // costs 4
    static final String MICROSOFT = "include:spf.protection.outlook.com"; // costs 2
    static final String MAILCHIMP = "include:servers.mcsv.net";   // costs 1
    static final String SENDGRID = "include:sendgrid.net";        // costs 1
    static final String SALESFORCE = "include:_spf.salesforce.com"; // costs 2 (an exists: inside)

    private Fixtures() {
    }

    static SesDomainSetup setup() {
        return SesDomainSetup.withDefaultMailFrom(DOMAIN, TOKENS, REGION, "dmarc-reports@example.com");
    }

    static String dkimName(int i) {
        return TOKENS.get(i) + "._domainkey." + DOMAIN;
    }

    static String dkimTarget(int i) {
        return TOKENS.get(i) + ".dkim.amazonses.com";
    }

    /** The vendors' own SPF records, as published when these fixtures were written. */
    static InMemoryDnsLookup vendors() {
        return new InMemoryDnsLookup()
                .txt("_spf.google.com", "v=spf1 include:_netblocks.google.com include:_netblocks2.google.com "
                        + "include:_netblocks3.google.com ~all")
                .txt("_netblocks.google.com", "v=spf1 ip4:35.190.247.0/24 ip4:64.233.160.0/19 ~all")
                .txt("_netblocks2.google.com", "v=spf1 ip6:2001:4860:4000::/36 ip6:2404:6800:4000::/36 ~all")
                .txt("_netblocks3.google.com", "v=spf1 ip4:172.217.0.0/19 ip4:172.217.32.0/20 ~all")
                .txt("spf.protection.outlook.com", "v=spf1 include:spfd.protection.outlook.com -all")
                .txt("spfd.protection.outlook.com", "v=spf1 ip4:40.92.0.0/15 ip6:2a01:111:f400::/48 -all")
                .txt("servers.mcsv.net", "v=spf1 ip4:205.201.128.0/20 ip4:198.2.128.0/18 ?all")
                .txt("sendgrid.net", "v=spf1 ip4:167.89.0.0/17 ip4:208.117.48.0/20 ~all")
                .txt("_spf.salesforce.com", "v=spf1 exists:%{i}._spf.mta.salesforce.com -all")
                .txt("amazonses.com", "v=spf1 ip4:199.255.192.0/22 ip4:54.240.0.0/18 ip4:69.169.224.0/20 -all");
    }

    /** The root of {@link #includeBomb()}: two includes, each of which includes two more, 17 levels deep. */
    static final String INCLUDE_BOMB = "v=spf1 include:n1a.example.net include:n1b.example.net ~all";

    /**
     * Every name at one level includes both names of the next: only 34 names, but walking every path
     * costs 2^18 - 2 lookups. A receiver stops at the 11th; a checker must too.
     */
    static InMemoryDnsLookup includeBomb() {
        return withIncludeBomb(vendors());
    }

    static InMemoryDnsLookup withIncludeBomb(InMemoryDnsLookup dns) {
        int depth = 17;
        for (int level = 1; level < depth; level++) {
            String next = "include:n" + (level + 1) + "a.example.net include:n" + (level + 1) + "b.example.net";
            dns.txt("n" + level + "a.example.net", "v=spf1 " + next + " ~all")
                    .txt("n" + level + "b.example.net", "v=spf1 " + next + " ~all");
        }
        return dns.txt("n" + depth + "a.example.net", "v=spf1 ip4:192.0.2.1 ~all")
                .txt("n" + depth + "b.example.net", "v=spf1 ip4:192.0.2.2 ~all");
    }

    /** Everything SES needs, correctly published, next to Google Workspace at the apex. */
    static InMemoryDnsLookup healthyZone() {
        InMemoryDnsLookup dns = vendors();
        for (int i = 0; i < 3; i++) {
            dns.cname(dkimName(i), dkimTarget(i));
        }
        return dns
                .mx(MAIL_FROM, 10, SES_MX)
                .txt(MAIL_FROM, "v=spf1 include:amazonses.com ~all")
                .txt(DOMAIN, "v=spf1 " + GOOGLE + " include:amazonses.com ~all", "google-site-verification=x1y2z3")
                .txt("_dmarc." + DOMAIN, "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com");
    }
}
