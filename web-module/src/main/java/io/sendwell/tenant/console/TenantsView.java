package io.sendwell.tenant.console;

import io.sendwell.platform.console.Feedback;
import io.sendwell.platform.console.SignedInUser;
import io.sendwell.tenant.boundary.TenantService;
import io.sendwell.tenant.entity.Tenant;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The tenants list: paged and filtered in the database, and the "new tenant" dialog. */
@Named
@ViewScoped
public class TenantsView implements Serializable {

    @Inject
    TenantService tenants;

    @Inject
    SignedInUser me;

    private final TenantForm newTenant = new TenantForm();
    private final LazyDataModel<Tenant> model = new TenantsModel();

    public void create() {
        Feedback.attempt(() -> {
            Tenant created = tenants.create(me.caller(), newTenant.toNewTenant());
            newTenant.clear();
            PrimeFaces.current().ajax().addCallbackParam("createdId", created.id());
        }, "Tenant created.");
    }

    public LazyDataModel<Tenant> getModel() {
        return model;
    }

    public TenantForm getNewTenant() {
        return newTenant;
    }

    /** Each page is one query; the column filter on the tenant name searches slug and display name. */
    private class TenantsModel extends LazyDataModel<Tenant> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) tenants.search(me.caller(), text(filterBy), 0, 1).total();
        }

        @Override
        public List<Tenant> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return tenants.search(me.caller(), text(filterBy), first, pageSize).items();
        }

        @Override
        public String getRowKey(Tenant tenant) {
            return tenant.id();
        }

        private static String text(Map<String, FilterMeta> filterBy) {
            return filterBy.values().stream()
                    .map(FilterMeta::getFilterValue)
                    .filter(value -> value != null && !value.toString().isBlank())
                    .map(Object::toString)
                    .findFirst().orElse(null);
        }
    }
}
