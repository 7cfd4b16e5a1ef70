package io.sendwell.maildomain.dns;

import java.util.List;

/** Checks the three Easy DKIM CNAMEs, including the classic "DNS host appended my domain" mistakes. */
final class DkimCheck {

    private final DnsLookup dns;
    private final String domain;

    DkimCheck(DnsLookup dns, String domain) {
        this.dns = dns;
        this.domain = domain;
    }

    RecordCheck check(DnsRecord required) {
        try {
            return judge(required, dns.cname(required.name()));
        } catch (DnsLookupException e) {
            return RecordCheck.notChecked(required, e);
        }
    }

    private RecordCheck judge(DnsRecord required, List<String> targets) {
        String expected = required.value();
        if (targets.isEmpty()) {
            return missing(required);
        }
        if (targets.size() > 1) {
            return RecordCheck.of(required, Verdict.CONFLICTING, targets,
                    "There are several CNAME records at this name; DNS allows only one.",
                    "Delete all but the CNAME pointing to " + expected + ".");
        }
        String target = targets.get(0);
        if (target.equals(expected)) {
            return RecordCheck.ok(required, targets, "DKIM key published; SES can sign your mail.");
        }
        if (target.equals(expected + "." + domain)) {
            return RecordCheck.of(required, Verdict.WRONG_VALUE, targets,
                    "Your DNS host appended your domain to the target, so it points to " + target + ".",
                    "Enter the target with a trailing dot: " + expected + ".");
        }
        return RecordCheck.of(required, Verdict.WRONG_VALUE, targets,
                "The CNAME points to " + target + " instead of SES, so receivers cannot find the key SES "
                        + "signs with and DKIM fails.",
                "Change the target to " + expected + ".");
    }

    private RecordCheck missing(DnsRecord required) {
        String doubled = required.name() + "." + domain;
        if (!dns.cname(doubled).isEmpty()) {
            return RecordCheck.of(required, Verdict.WRONG_VALUE, List.of(doubled),
                    "The record exists, but at " + doubled + ": your DNS host adds the domain to the name "
                            + "you type.",
                    "Enter only " + required.name().substring(0, required.name().length() - domain.length() - 1)
                            + " as the name.");
        }
        List<String> txt = dns.txt(required.name());
        if (!txt.isEmpty()) {
            return RecordCheck.of(required, Verdict.WRONG_VALUE, txt,
                    "A TXT record is published here, but Easy DKIM needs a CNAME so SES can rotate the key.",
                    "Delete the TXT record and create a CNAME to " + required.value() + ".");
        }
        return RecordCheck.of(required, Verdict.MISSING, List.of(),
                "This DKIM record is not published, so SES cannot sign your mail and the domain stays "
                        + "unverified.",
                "Create a CNAME record " + required.name() + " pointing to " + required.value() + ".");
    }
}
