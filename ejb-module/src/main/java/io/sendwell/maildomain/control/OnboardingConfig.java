package io.sendwell.maildomain.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/** Domain onboarding settings (defaults in microprofile-config.properties). */
@ApplicationScoped
public class OnboardingConfig {

    @Inject
    @ConfigProperty(name = "sendwell.domains.default-mail-from-label", defaultValue = "mail")
    String mailFromLabel;

    /** Empty: dmarc-reports@&lt;domain&gt;. */
    @Inject
    @ConfigProperty(name = "sendwell.dmarc.report-address")
    Optional<String> dmarcReportAddress;

    /** Empty: the system resolver. */
    @Inject
    @ConfigProperty(name = "sendwell.dns.resolver-host")
    Optional<String> resolverHost;

    @Inject
    @ConfigProperty(name = "sendwell.dns.resolver-port", defaultValue = "53")
    Optional<Integer> resolverPort;

    @Inject
    @ConfigProperty(name = "sendwell.dns.resolver-timeout-ms", defaultValue = "3000")
    long resolverTimeoutMs;

    @Inject
    @ConfigProperty(name = "sendwell.domains.recheck-hours", defaultValue = "24")
    long recheckHours;

    /** Overrides recheck-hours when set above 0; for test servers. */
    @Inject
    @ConfigProperty(name = "sendwell.domains.recheck-seconds", defaultValue = "0")
    long recheckSeconds;

    @Inject
    @ConfigProperty(name = "sendwell.domains.unverified-claim-days", defaultValue = "7")
    long unverifiedClaimDays;

    /** Overrides unverified-claim-days when set above 0; for test servers. */
    @Inject
    @ConfigProperty(name = "sendwell.domains.unverified-claim-seconds", defaultValue = "0")
    long unverifiedClaimSeconds;

    public String mailFromLabel() {
        return mailFromLabel;
    }

    public String dmarcReportAddress(String domain) {
        return dmarcReportAddress.filter(a -> !a.isBlank()).orElse("dmarc-reports@" + domain);
    }

    public Optional<String> resolverHost() {
        return resolverHost.filter(h -> !h.isBlank());
    }

    public int resolverPort() {
        return resolverPort.orElse(53);
    }

    public Duration resolverTimeout() {
        return Duration.ofMillis(resolverTimeoutMs);
    }

    public Duration recheckInterval() {
        return recheckSeconds > 0 ? Duration.ofSeconds(recheckSeconds) : Duration.ofHours(recheckHours);
    }

    /** How long an unverified domain keeps other tenants from claiming its name. */
    public Duration unverifiedClaimTtl() {
        return unverifiedClaimSeconds > 0 ? Duration.ofSeconds(unverifiedClaimSeconds) : Duration.ofDays(unverifiedClaimDays);
    }
}
