package io.sendwell.maildomain.console;

import io.sendwell.maildomain.boundary.DomainDnsService;
import io.sendwell.maildomain.boundary.MailDomainService;
import io.sendwell.maildomain.dns.DnsReport;
import io.sendwell.maildomain.entity.MailDomain;
import io.sendwell.platform.console.Feedback;
import io.sendwell.platform.console.SignedInUser;
import io.sendwell.tenant.console.TenantView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The domains tab of a tenant's page: add, list with status and DKIM tokens, remove; and per
 * domain the DNS records to publish and the DNS doctor's report (run on demand).
 */
@Named
@ViewScoped
public class DomainsTab implements Serializable {

    @Inject
    MailDomainService domains;

    @Inject
    DomainDnsService dns;

    @Inject
    TenantView page;

    @Inject
    SignedInUser me;

    private transient List<MailDomain> list;
    private String name;
    private String mailFromDomain;
    private String dnsDomainId;
    /** Looked up when the DNS dialog opens; not serializable, simply looked up again after passivation. */
    private transient DomainDnsService.DnsRecords dnsRecords;
    private transient DnsReport report;

    /** Opens the DNS dialog for one domain: the records to publish (the doctor runs only on request). */
    public void showDns(String domainId) {
        dnsDomainId = domainId;
        report = null;
        dnsRecords = null;
        Feedback.attemptQuietly(() -> dnsRecords = dns.records(me.caller(), page.tenantId(), domainId));
    }

    /** "Check now": looks every record up and stores the result like the daily re-check does. */
    public void checkDns() {
        Feedback.attempt(() -> report = dns.check(me.caller(), page.tenantId(), dnsDomainId),
                "DNS checked.");
        list = null;
    }

    public DomainDnsService.DnsRecords getDnsRecords() {
        if (dnsRecords == null && dnsDomainId != null) {
            dnsRecords = dns.records(me.caller(), page.tenantId(), dnsDomainId);
        }
        return dnsRecords;
    }

    public DnsReport getReport() {
        return report;
    }

    public void add() {
        Feedback.attempt(() -> {
            String mailFrom = mailFromDomain == null || mailFromDomain.isBlank() ? null : mailFromDomain;
            domains.add(me.caller(), page.tenantId(), new MailDomainService.NewMailDomain(name, mailFrom, null));
            name = mailFromDomain = null;
            list = null;
        }, "Domain added. Publish its DNS records so it can be verified.");
    }

    public void remove(String domainId) {
        Feedback.attempt(() -> domains.remove(me.caller(), page.tenantId(), domainId), "Domain removed.");
        list = null;
    }

    /** For an unverified domain: from when another tenant may claim the name (empty once verified). */
    public String claimNote(MailDomain domain) {
        java.time.Instant expires = domains.claimExpiresAt(domain);
        return expires == null ? "" : "Verify before " + expires.truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                + ": from then on another tenant may claim this name.";
    }

    public List<MailDomain> getList() {
        if (list == null) {
            list = page.tenantId() == null ? List.of() : domains.list(me.caller(), page.tenantId());
        }
        return list;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMailFromDomain() {
        return mailFromDomain;
    }

    public void setMailFromDomain(String mailFromDomain) {
        this.mailFromDomain = mailFromDomain;
    }
}
