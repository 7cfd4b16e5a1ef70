package io.sendwell.maildomain.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks the custom MAIL FROM subdomain: where it sits, its single SES MX and its SPF record. */
final class MailFromCheck {

    private static final Pattern FEEDBACK_HOST = Pattern.compile("feedback-smtp\\.([a-z0-9-]+)\\.amazonses\\.com");

    private final DnsLookup dns;
    private final SpfLookupCounter spfCounter;
    private final SesDomainSetup setup;
    private final RequiredDnsRecords required;

    MailFromCheck(DnsLookup dns, SpfLookupCounter spfCounter, SesDomainSetup setup, RequiredDnsRecords required) {
        this.dns = dns;
        this.spfCounter = spfCounter;
        this.setup = setup;
        this.required = required;
    }

    List<RecordCheck> check() {
        DnsRecord mx = required.mailFromMx();
        if (!setup.mailFromIsSubdomain()) {
            return List.of(RecordCheck.of(mx, Verdict.WRONG_VALUE, List.of(setup.mailFromDomain()),
                    setup.mailFromDomain() + " is not a subdomain of " + setup.domain() + ". SES only accepts a "
                            + "MAIL FROM domain below the verified domain, and only then does SPF align for DMARC.",
                    "Use a subdomain that serves nothing else, such as mail." + setup.domain() + "."));
        }
        try {
            List<String> cname = dns.cname(mx.name());
            if (!cname.isEmpty()) {
                return List.of(RecordCheck.of(mx, Verdict.CONFLICTING, cname,
                        mx.name() + " is a CNAME to " + cname.get(0) + "; a name with a CNAME can have no MX or "
                                + "TXT records of its own.",
                        "Delete the CNAME, or pick another MAIL FROM subdomain that is used for nothing else."));
            }
            List<RecordCheck> checks = new ArrayList<>();
            checks.add(judgeMx(mx, dns.mx(mx.name())));
            checks.addAll(new SpfCheck(dns, spfCounter).check(required.mailFromSpf(), SpfMerger.SES_INCLUDE,
                    "Without this SPF record, SPF fails for every message SES sends with this MAIL FROM, and "
                            + "SES may fall back to amazonses.com, which does not align for DMARC."));
            return checks;
        } catch (DnsLookupException e) {
            return List.of(RecordCheck.notChecked(mx, e));
        }
    }

    private RecordCheck judgeMx(DnsRecord mx, List<MailExchanger> published) {
        List<String> found = published.stream().map(MailExchanger::toString).toList();
        String expectedHost = setup.feedbackMxHost();
        boolean hasExpected = published.stream().anyMatch(m -> m.host().equals(expectedHost));
        if (published.isEmpty()) {
            return RecordCheck.of(mx, Verdict.MISSING, found,
                    "There is no MX record, so SES cannot receive bounces for " + mx.name() + " and will not use "
                            + "it as MAIL FROM.",
                    "Create an MX record at " + mx.name() + " with the value " + mx.value() + ".");
        }
        if (hasExpected && published.size() == 1) {
            return RecordCheck.ok(mx, found, "Bounces and complaints reach SES in " + setup.region() + ".");
        }
        if (hasExpected) {
            return RecordCheck.of(mx, Verdict.CONFLICTING, found,
                    "Besides SES there are other MX records; some bounces would go to them and never reach SES, "
                            + "and SES requires exactly one MX here.",
                    "Delete every MX at " + mx.name() + " except " + mx.value() + ".");
        }
        String wrongRegion = published.stream().map(m -> FEEDBACK_HOST.matcher(m.host()))
                .filter(Matcher::matches).map(m -> m.group(1)).findFirst().orElse(null);
        if (wrongRegion != null) {
            return RecordCheck.of(mx, Verdict.WRONG_VALUE, found,
                    "The MX points to SES in " + wrongRegion + ", but your SES account sends from "
                            + setup.region() + "; bounces would arrive in the wrong region.",
                    "Change the MX value to " + mx.value() + ".");
        }
        return RecordCheck.of(mx, Verdict.WRONG_VALUE, found,
                "The MX records point to other mail servers, not to SES, so SES never sees bounces.",
                "Replace them with a single MX record " + mx.value() + ".");
    }
}
