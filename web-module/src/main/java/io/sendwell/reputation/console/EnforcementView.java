package io.sendwell.reputation.console;

import io.sendwell.platform.console.SignedInUser;
import io.sendwell.platform.entity.Page;
import io.sendwell.reputation.boundary.EnforcementService;
import io.sendwell.reputation.entity.EnforcementChange;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Every enforcement state change, newest first: the platform's for operators, the own tenant's for tenant admins. */
@Named
@ViewScoped
public class EnforcementView implements Serializable {

    @Inject
    EnforcementService enforcement;

    @Inject
    SignedInUser me;

    private final LazyDataModel<EnforcementChange> model = new HistoryModel();

    public LazyDataModel<EnforcementChange> getModel() {
        return model;
    }

    private class HistoryModel extends LazyDataModel<EnforcementChange> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) enforcement.history(me.caller(), 0, 1).total();
        }

        @Override
        public List<EnforcementChange> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return enforcement.history(me.caller(), first, Math.min(pageSize, Page.MAX_LIMIT)).items();
        }

        @Override
        public String getRowKey(EnforcementChange change) {
            return change.id();
        }
    }
}
