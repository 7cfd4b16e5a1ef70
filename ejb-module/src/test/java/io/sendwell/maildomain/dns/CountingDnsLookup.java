package io.sendwell.maildomain.dns;

import io.sendwell.testing.MutableClock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Wraps a lookup and counts the questions it is asked, so a test can prove how much DNS traffic a
 * check causes. It can also make every answer take time on its own clock, for time-budget tests
 * that must not sleep.
 */
final class CountingDnsLookup implements DnsLookup {

    private final DnsLookup dns;
    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T08:00:00Z"));
    private Duration answerTime = Duration.ZERO;
    private int lookups;

    CountingDnsLookup(DnsLookup dns) {
        this.dns = dns;
    }

    /** Every answer advances {@link #clock()} by this much, like a slow resolver would. */
    CountingDnsLookup answeringIn(Duration time) {
        this.answerTime = time;
        return this;
    }

    int lookups() {
        return lookups;
    }

    Clock clock() {
        return clock;
    }

    @Override
    public List<String> txt(String name) {
        asked();
        return dns.txt(name);
    }

    @Override
    public List<String> cname(String name) {
        asked();
        return dns.cname(name);
    }

    @Override
    public List<MailExchanger> mx(String name) {
        asked();
        return dns.mx(name);
    }

    private void asked() {
        lookups++;
        clock.advance(answerTime);
    }
}
