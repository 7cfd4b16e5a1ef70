package io.sendwell.maildomain.control;

import io.sendwell.maildomain.dns.DnsDoctor;
import io.sendwell.maildomain.dns.DnsLookup;
import io.sendwell.maildomain.dns.DnsjavaLookup;
import io.sendwell.maildomain.dns.SesDomainSetup;
import io.sendwell.maildomain.dns.SpfMerger;
import io.sendwell.maildomain.entity.MailDomain;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Wires the container-free DNS core to configuration: one {@link DnsLookup} against the configured
 * resolver (or the system's), and the SES setup of a stored domain.
 */
@ApplicationScoped
public class DnsDoctors {

    @Inject
    OnboardingConfig config;

    private DnsLookup lookup;

    @PostConstruct
    void connect() {
        lookup = config.resolverHost()
                .map(host -> new DnsjavaLookup(host, config.resolverPort(), config.resolverTimeout()))
                .orElseGet(() -> new DnsjavaLookup(config.resolverTimeout()));
    }

    public DnsLookup lookup() {
        return lookup;
    }

    public DnsDoctor doctor() {
        return new DnsDoctor(lookup);
    }

    public SpfMerger spfMerger() {
        return new SpfMerger(lookup);
    }

    public SesDomainSetup setupOf(MailDomain domain, String region) {
        String name = domain.name().asString();
        SesDomainSetup.ByoDkim byo = domain.usesByoDkim()
                ? new SesDomainSetup.ByoDkim(domain.byoDkimSelector(), domain.byoDkimPublicKey()) : null;
        return new SesDomainSetup(name, byo == null ? domain.dkimTokens() : java.util.List.of(),
                domain.mailFromDomain().asString(), region, config.dmarcReportAddress(name), byo);
    }
}
