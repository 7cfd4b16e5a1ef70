package io.sendwell.audit.console;

import io.sendwell.audit.boundary.AuditLog;
import io.sendwell.audit.entity.AuditEntry;
import io.sendwell.platform.console.SignedInUser;
import io.sendwell.platform.entity.Page;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The audit log, newest first, one database page at a time: the whole platform for operators, their tenant for tenant admins. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    @Inject
    AuditLog audit;

    @Inject
    SignedInUser me;

    private final LazyDataModel<AuditEntry> model = new AuditModel();

    public LazyDataModel<AuditEntry> getModel() {
        return model;
    }

    private class AuditModel extends LazyDataModel<AuditEntry> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) page(0, 1).total();
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return page(first, Math.min(pageSize, Page.MAX_LIMIT)).items();
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return entry.id();
        }

        private Page<AuditEntry> page(int first, int size) {
            return me.isPlatformAdmin() ? audit.all(me.caller(), first, size) : audit.ofTenant(me.caller(), me.getTenantId(), first, size);
        }
    }
}
