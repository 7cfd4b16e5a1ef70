package io.sendwell.maildomain.dns;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks the TXT record of a bring-your-own DKIM key: present once, and with the same public key. */
final class ByoDkimCheck {

    private static final Pattern P_TAG = Pattern.compile("(?:^|;)\\s*p\\s*=\\s*([^;]*)");

    private ByoDkimCheck() {
    }

    static RecordCheck check(DnsLookup dns, DnsRecord required) {
        List<String> found;
        try {
            found = dns.txt(required.name()).stream().filter(t -> t.replace(" ", "").startsWith("v=DKIM1")
                    || P_TAG.matcher(t).find()).toList();
        } catch (DnsLookupException e) {
            return RecordCheck.notChecked(required, e);
        }
        if (found.isEmpty()) {
            return RecordCheck.of(required, Verdict.MISSING, List.of(),
                    "The DKIM key is not published, so receivers cannot check the signatures SES adds with your key.",
                    "Create a TXT record " + required.name() + " with the value shown.");
        }
        if (found.size() > 1) {
            return RecordCheck.of(required, Verdict.CONFLICTING, found,
                    "There are several DKIM keys at this selector; receivers may pick the wrong one.",
                    "Keep only the TXT record with the value shown.");
        }
        if (!publicKey(found.get(0)).equals(publicKey(required.value()))) {
            return RecordCheck.of(required, Verdict.WRONG_VALUE, found,
                    "The published key is not the public half of the private key you gave Sendwell, so DKIM fails.",
                    "Replace the TXT value with the one shown.");
        }
        return RecordCheck.ok(required, found, "Your DKIM key is published; SES can sign with it.");
    }

    private static String publicKey(String txt) {
        Matcher m = P_TAG.matcher(txt);
        return m.find() ? m.group(1).replaceAll("\\s", "") : "";
    }
}
