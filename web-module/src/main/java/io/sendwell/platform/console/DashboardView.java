package io.sendwell.platform.console;

import io.sendwell.feedback.boundary.FeedbackHealthService;
import io.sendwell.feedback.control.FeedbackHealth;
import io.sendwell.platform.boundary.DashboardService;
import io.sendwell.reputation.boundary.EnforcementService;
import io.sendwell.reputation.boundary.ReputationService;
import io.sendwell.reputation.boundary.ReputationService.HourCounts;
import io.sendwell.reputation.boundary.ReputationService.ScopeReputation;
import io.sendwell.reputation.boundary.ReputationSettings;
import io.sendwell.reputation.control.FeedbackWindows;
import io.sendwell.reputation.entity.ReputationPolicy;
import io.sendwell.sending.control.AccountQuotas;
import io.sendwell.sending.control.AccountQuota;
import io.sendwell.tenant.boundary.TenantService;
import io.sendwell.tenant.entity.Tenant;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The console home page: figures, 24-hour volume against the quota, sends per hour, bounce and
 * complaint rates against the policy levels, the SES account and its risk reading (operators), the
 * feedback windows in use (decision 0014) and every sender that is not HEALTHY, with reinstatement
 * for operators. Operators see the platform (the SES account's
 * counters), tenant admins their own tenant. To add a figure or a chart, append it in
 * {@link #init()}; the page lays out whatever is in the lists.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:00").withZone(ZoneOffset.UTC);

    @Inject
    DashboardService dashboard;

    @Inject
    ReputationService reputation;

    @Inject
    ReputationSettings settings;

    @Inject
    EnforcementService enforcement;

    @Inject
    AccountQuotas quotas;

    @Inject
    TenantService tenants;

    @Inject
    SignedInUser me;

    @Inject
    FeedbackHealthService feedbackHealth;

    private final List<Figure> figures = new ArrayList<>();
    private final List<ChartCard> charts = new ArrayList<>();
    private final List<ChartCard> rateCharts = new ArrayList<>();
    private final List<Volume> volumes = new ArrayList<>();
    private final List<AccountQuota> accounts = new ArrayList<>();
    private final List<ScopeRow> troubled = new ArrayList<>();
    private final List<FeedbackWindows.ScopeView> feedbackWindows = new ArrayList<>();
    /** Operators: the account's risk reading and why (null for tenant admins). */
    private ScopeReputation accountRisk;
    /** An operator on a fresh installation: the page says where to start instead of showing zeros only. */
    private boolean platformEmpty;
    private String sendsChart;
    private ScopeRow toReinstate;
    private String reinstateReason;
    /** Operators: why feedback is not arriving (the /health "feedback" check), null while it is. */
    private String feedbackAlert;

    /** One number with what it counts; {@code link} is a console page with the details, or null. */
    public record Figure(String label, long value, String link) {
    }

    /** A titled Chart.js 4 configuration (JSON), rendered by p:chart. */
    public record ChartCard(String title, String config) {
    }

    /** Sent in the last 24 hours against what may be sent: the SES quota of a region, or a tenant's daily limit. */
    public record Volume(String label, long sent, long max) {
        public int percent() {
            return max <= 0 ? 0 : (int) Math.min(100, Math.round(100.0 * sent / max));
        }
    }

    /** A sender in WARNING, THROTTLED or PAUSED, with the tenant's name for operators. */
    public record ScopeRow(String scopeType, String scopeId, String tenantId, String tenantName, String state, String reason,
                           String changedAt) implements Serializable {
        public String scopeLabel() {
            return scopeId == null ? scopeType : scopeType + " " + scopeId;
        }
    }

    @PostConstruct
    void init() {
        DashboardService.Counts counts = dashboard.counts(me.caller());
        String details = me.isPlatformAdmin() ? null : "/console/tenants/tenant.xhtml?id=" + me.getTenantId();
        if (me.isPlatformAdmin()) {
            figures.add(new Figure("Tenants", counts.tenants(), "/console/tenants/index.xhtml"));
        }
        figures.add(new Figure("Domains", counts.domains(), details));
        figures.add(new Figure("Mailboxes", counts.mailboxes(), details));
        platformEmpty = me.isPlatformAdmin() && counts.tenants() == 0;
        if (me.isPlatformAdmin()) {
            FeedbackHealth feedback = feedbackHealth.current();
            feedbackAlert = feedback.up() ? null : feedback.reason();
        }
        sendingFigures();
        if (me.isPlatformAdmin() && !platformEmpty) {
            charts.add(new ChartCard("Mailboxes per tenant",
                    ChartConfigs.bar("Mailboxes", dashboard.mailboxesPerTenant(me.caller()), me.getBrand().primaryColor())));
        }
    }

    private void sendingFigures() {
        List<HourCounts> hours = reputation.last24HoursByHour(me.caller());
        sendsChart = ChartConfigs.hourly(hours.stream().map(h -> HOUR.format(h.hourStart())).toList(),
                hours.stream().map(HourCounts::sent).toList(), hours.stream().map(HourCounts::hardBounces).toList(),
                hours.stream().map(HourCounts::complaints).toList(), me.getBrand().primaryColor());
        ScopeReputation own;
        List<ScopeReputation> scopes = new ArrayList<>();
        Map<String, String> tenantNames = new HashMap<>();
        if (me.isPlatformAdmin()) {
            ReputationService.PlatformReputation platform = reputation.ofPlatform(me.caller());
            own = platform.account();
            accountRisk = platform.account();
            scopes.addAll(platform.scopes());
            tenants.list(me.caller()).forEach(t -> tenantNames.put(t.id(), t.displayName()));
            quotas.allOrDefault().forEach((region, quota) -> {
                accounts.add(quota);
                volumes.add(new Volume("SES " + region, Math.round(quota.sentLast24Hours()), Math.round(quota.max24HourSend())));
            });
        } else {
            ReputationService.TenantReputation tenant = reputation.ofTenant(me.caller(), me.getTenantId());
            own = tenant.tenant();
            scopes.add(tenant.tenant());
            scopes.addAll(tenant.domains());
            scopes.addAll(tenant.mailboxes());
            Tenant t = tenants.get(me.caller(), me.getTenantId());
            tenantNames.put(t.id(), t.displayName());
            volumes.add(new Volume("Daily limit", own.last24Hours().sent(), t.dailyLimit()));
        }
        figures.add(new Figure("Sent, last 24 h", own.last24Hours().sent(), "/console/messages/index.xhtml"));
        ReputationPolicy policy = settings.policy();
        String color = me.getBrand().primaryColor();
        rateCharts.add(new ChartCard("Bounce rate", ChartConfigs.rate("Hard-bounce rate %", own.last24Hours().bounceRate(),
                own.last7Days().bounceRate(), policy.bounce().warn(), policy.bounce().throttle(), policy.bounce().pause(), color)));
        rateCharts.add(new ChartCard("Complaint rate", ChartConfigs.rate("Complaint rate %", own.last24Hours().complaintRate(),
                own.last7Days().complaintRate(), policy.complaint().warn(), policy.complaint().throttle(),
                policy.complaint().pause(), color)));
        feedbackWindows.addAll(reputation.feedbackWindows(me.caller()));
        scopes.stream().filter(s -> !"HEALTHY".equals(s.state())).forEach(s -> troubled.add(new ScopeRow(s.scopeType(),
                s.scopeId(), s.tenantId(), tenantNames.getOrDefault(s.tenantId(), ""), s.state(), s.reason(),
                s.changedAt() == null ? "" : s.changedAt().toString())));
    }

    /** The reinstate button opens the dialog for this row; the dialog asks for the reason. */
    public void prepareReinstate(ScopeRow row) {
        toReinstate = row;
        reinstateReason = null;
    }

    public void reinstate() {
        if (toReinstate == null) {
            return;
        }
        ScopeRow row = toReinstate;
        if (Feedback.attempt(() -> enforcement.reinstate(me.caller(), row.scopeType(), row.scopeId(), reinstateReason),
                row.scopeLabel() + " reinstated; its rates are counted afresh.")) {
            troubled.remove(row);
            toReinstate = null;
        }
    }

    public String getFeedbackAlert() {
        return feedbackAlert;
    }

    public List<Figure> getFigures() {
        return figures;
    }

    public List<ChartCard> getCharts() {
        return charts;
    }

    public List<ChartCard> getRateCharts() {
        return rateCharts;
    }

    public String getSendsChart() {
        return sendsChart;
    }

    public List<Volume> getVolumes() {
        return volumes;
    }

    public List<AccountQuota> getAccounts() {
        return accounts;
    }

    public List<ScopeRow> getTroubled() {
        return troubled;
    }

    public List<FeedbackWindows.ScopeView> getFeedbackWindows() {
        return feedbackWindows;
    }

    public ScopeReputation getAccountRisk() {
        return accountRisk;
    }

    /** Sends a window needs before its rates count, for the explanation under the rate charts. */
    public long getMinimumVolume() {
        return settings.policy().minimumVolume();
    }

    public boolean isPlatformEmpty() {
        return platformEmpty;
    }

    public ScopeRow getToReinstate() {
        return toReinstate;
    }

    public String getReinstateReason() {
        return reinstateReason;
    }

    public void setReinstateReason(String reinstateReason) {
        this.reinstateReason = reinstateReason;
    }
}
