package io.sendwell.maildomain.entity;

import io.sendwell.platform.entity.InvalidInputException;

import java.util.Set;

/**
 * Names no tenant may register as a sending domain, on top of the reserved top-level domains that
 * {@link DomainName} already refuses. The RFC 2606 second-level example names belong to IANA, and
 * Amazon's own SES and AWS domains would let a tenant claim (and sign as) the mail infrastructure.
 * The ".example" and ".test" TLDs stay allowed: the offline simulator runs on them.
 */
public final class ReservedDomainNames {

    private static final Set<String> RESERVED = Set.of("example.com", "example.net", "example.org",
            "amazonses.com", "amazonaws.com", "amazon.com");

    private ReservedDomainNames() {
    }

    public static void requireRegistrable(DomainName name) {
        for (String reserved : RESERVED) {
            if (name.isWithin(new DomainName(reserved))) {
                throw new InvalidInputException("'" + name + "' is reserved (" + reserved
                        + ") and cannot be used as a sending domain");
            }
        }
    }
}
