package io.sendwell.maildomain.boundary;

import io.sendwell.audit.boundary.AuditLog;
import io.sendwell.maildomain.control.DnsDoctors;
import io.sendwell.maildomain.control.DnsSummary;
import io.sendwell.maildomain.control.SendingIdentities;
import io.sendwell.maildomain.dns.DnsLookupException;
import io.sendwell.maildomain.dns.DnsRecord;
import io.sendwell.maildomain.dns.DnsReport;
import io.sendwell.maildomain.dns.RequiredDnsRecords;
import io.sendwell.maildomain.dns.SesDomainSetup;
import io.sendwell.maildomain.dns.SpfProposal;
import io.sendwell.maildomain.entity.MailDomain;
import io.sendwell.platform.control.Caller;
import io.sendwell.tenant.entity.Tenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/** A domain's DNS: the records to publish, the doctor (on demand and on a schedule), the SPF merger. */
@Stateless
public class DomainDnsService {

    private static final Logger LOG = Logger.getLogger(DomainDnsService.class.getName());

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    @Inject
    MailDomainService domains;

    @Inject
    DnsDoctors doctors;

    @Inject
    SendingIdentities identities;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The records to publish; {@code apexSpf} is null when the apex could not be looked up. */
    public record DnsRecords(MailDomain domain, List<DnsRecord> records, SpfProposal apexSpf, String apexSpfNote) {
    }

    public DnsRecords records(Caller caller, String tenantId, String domainId) {
        MailDomain domain = domains.get(caller, tenantId, domainId);
        SesDomainSetup setup = setupOf(domain);
        String name = domain.name().asString();
        try {
            SpfProposal proposal = doctors.spfMerger().propose(name, doctors.lookup().txt(name));
            return new DnsRecords(domain, RequiredDnsRecords.of(setup).all(), proposal, null);
        } catch (DnsLookupException e) {
            return new DnsRecords(domain, RequiredDnsRecords.of(setup).all(), null,
                    "Could not look up the SPF record published at " + name + " (" + e.getMessage()
                            + "); use spf-merge with your current record.");
        }
    }

    public SpfProposal proposeSpf(Caller caller, String tenantId, String domainId, String currentSpf) {
        MailDomain domain = domains.get(caller, tenantId, domainId);
        return doctors.spfMerger().propose(domain.name().asString(), currentSpf);
    }

    /** Runs the doctor now; the result is stored like a scheduled re-check. */
    public DnsReport check(Caller caller, String tenantId, String domainId) {
        return examineAndRecord(domains.get(caller, tenantId, domainId));
    }

    public List<String> dueForRecheck(Duration interval) {
        return em.createNamedQuery(MailDomain.DUE_FOR_DNS_RECHECK, String.class)
                .setParameter("cutoff", clock.instant().minus(interval)).getResultList();
    }

    /** The scheduled re-check of a verified domain: SES's view and the doctor. Called by the poller. */
    public void recheck(String domainId) {
        MailDomain domain = em.find(MailDomain.class, domainId);
        if (domain == null || !domain.isVerified()) {
            return;
        }
        try {
            SendingIdentities.Status status = identities.status(regionOf(domain), domain.name().asString());
            domain.recordSesStatus(status.dkimStatus(), status.mailFromStatus());
        } catch (RuntimeException e) {
            // SES being unreachable must not stop the DNS half of the re-check
            LOG.warning(() -> "SES status of domain " + domainId + " not refreshed: " + e.getMessage());
        }
        examineAndRecord(domain);
    }

    private DnsReport examineAndRecord(MailDomain domain) {
        DnsReport report = doctors.doctor().examine(setupOf(domain));
        boolean hadWarning = domain.hasDnsWarning();
        Set<String> lost = domain.recordDnsCheck(clock.instant(), DnsSummary.of(report), DnsSummary.okRecords(report),
                report.isHealthy());
        Caller system = Caller.system("dns-doctor");
        if (!lost.isEmpty()) {
            audit.record(system, domain.tenantId(), "domain.dns-warning", "domain", domain.id(),
                    "records no longer OK: " + String.join(", ", lost));
        } else if (hadWarning && !domain.hasDnsWarning()) {
            audit.record(system, domain.tenantId(), "domain.dns-recovered", "domain", domain.id(), DnsSummary.of(report));
        }
        return report;
    }

    private SesDomainSetup setupOf(MailDomain domain) {
        return doctors.setupOf(domain, regionOf(domain));
    }

    private String regionOf(MailDomain domain) {
        return em.find(Tenant.class, domain.tenantId()).sesRegion().asString();
    }
}
