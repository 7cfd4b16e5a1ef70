package io.sendwell.platform.console;

import io.sendwell.platform.boundary.DashboardService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The console home page: a row of figures and a set of charts, each built from a service call.
 * To add a figure or a chart (sending volume, reputation), append it in {@link #init()}; the page
 * lays out whatever is in the two lists.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    @Inject
    DashboardService dashboard;

    @Inject
    SignedInUser me;

    private final List<Figure> figures = new ArrayList<>();
    private final List<ChartCard> charts = new ArrayList<>();
    /** An operator on a fresh installation: the page says where to start instead of showing zeros only. */
    private boolean platformEmpty;

    /** One number with what it counts; {@code link} is a console page with the details, or null. */
    public record Figure(String label, long value, String link) {
    }

    /** A titled Chart.js 4 configuration (JSON), rendered by p:chart. */
    public record ChartCard(String title, String config) {
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
        if (me.isPlatformAdmin() && !platformEmpty) {
            Map<String, Long> perTenant = dashboard.mailboxesPerTenant(me.caller());
            charts.add(new ChartCard("Mailboxes per tenant",
                    ChartConfigs.bar("Mailboxes", perTenant, me.getBrand().primaryColor())));
        }
    }

    public List<Figure> getFigures() {
        return figures;
    }

    public List<ChartCard> getCharts() {
        return charts;
    }

    public boolean isPlatformEmpty() {
        return platformEmpty;
    }
}
