package io.sendwell.maildomain;

import io.sendwell.maildomain.dns.LoopbackDnsServer;

/**
 * The one loopback DNS stub of the IT JVM (ejb-module's test {@link LoopbackDnsServer}, from its
 * test jar), bound to the FIXED port the IT server is configured to ask ({@code it.dns.port},
 * see ear/pom.xml), and already holding the record every SPF check follows: amazonses.com's SPF.
 */
final class LoopbackDns {

    private static LoopbackDnsServer shared;

    private LoopbackDns() {
    }

    static synchronized LoopbackDnsServer shared() {
        if (shared == null) {
            shared = LoopbackDnsServer.start(Integer.getInteger("it.dns.port", 10053));
            shared.addTxt("amazonses.com", "v=spf1 ip4:199.255.192.0/22 ip4:199.127.232.0/22 ~all");
        }
        return shared;
    }
}
