package io.sendwell.suppression.console;

import io.sendwell.platform.console.Feedback;
import io.sendwell.platform.console.SignedInUser;
import io.sendwell.platform.entity.Page;
import io.sendwell.suppression.boundary.SuppressionService;
import io.sendwell.suppression.entity.Suppression;
import io.sendwell.tenant.console.TenantChoice;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** A tenant's suppression list: search, add an address by hand, remove one with a reason. Operators pick the tenant. */
@Named
@ViewScoped
public class SuppressionsView implements Serializable {

    @Inject
    SuppressionService suppressions;

    @Inject
    TenantChoice tenantChoice;

    @Inject
    SignedInUser me;

    private String tenantId;
    private String query;
    private String newAddress;
    private String newDetail;
    private String toRemove;
    private String removeReason;
    private final LazyDataModel<Suppression> model = new SuppressionsModel();

    public void load() {
        tenantId = tenantChoice.initial(tenantId);
    }

    public void add() {
        Feedback.attempt(() -> suppressions.add(me.caller(), tenantId, newAddress, blankToNull(newDetail)),
                "Suppressed: no mail will be sent to " + newAddress + ".");
        newAddress = newDetail = null;
    }

    public void prepareRemove(String address) {
        toRemove = address;
        removeReason = null;
    }

    public void remove() {
        String address = toRemove;
        if (Feedback.attempt(() -> suppressions.remove(me.caller(), tenantId, address, removeReason),
                address + " removed from the suppression list: it can be mailed again.")) {
            toRemove = null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public LazyDataModel<Suppression> getModel() {
        return model;
    }

    private class SuppressionsModel extends LazyDataModel<Suppression> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return tenantId == null ? 0 : (int) page(0, 1).total();
        }

        @Override
        public List<Suppression> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return tenantId == null ? List.of() : page(first, Math.min(pageSize, Page.MAX_LIMIT)).items();
        }

        @Override
        public String getRowKey(Suppression suppression) {
            return suppression.id();
        }

        private Page<Suppression> page(int first, int size) {
            return suppressions.search(me.caller(), tenantId, query, first, size);
        }
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getNewAddress() {
        return newAddress;
    }

    public void setNewAddress(String newAddress) {
        this.newAddress = newAddress;
    }

    public String getNewDetail() {
        return newDetail;
    }

    public void setNewDetail(String newDetail) {
        this.newDetail = newDetail;
    }

    public String getToRemove() {
        return toRemove;
    }

    public String getRemoveReason() {
        return removeReason;
    }

    public void setRemoveReason(String removeReason) {
        this.removeReason = removeReason;
    }
}
