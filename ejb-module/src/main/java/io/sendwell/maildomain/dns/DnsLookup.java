package io.sendwell.maildomain.dns;

import java.util.List;

/**
 * What is really published in DNS. An empty list means the name does not exist (NXDOMAIN), cannot
 * exist (a malformed name such as {@code a..b}) or has no record of that type (no data); a lookup that could not be answered (timeout, SERVFAIL)
 * throws {@link DnsLookupException}, so a flaky resolver is never mistaken for a missing record.
 * Names are absolute host names; results are normalized (lower-case, no trailing dot).
 */
public interface DnsLookup {

    /** Each TXT record's character-strings joined without separator, as SPF and DMARC read them. */
    List<String> txt(String name);

    List<String> cname(String name);

    List<MailExchanger> mx(String name);
}
