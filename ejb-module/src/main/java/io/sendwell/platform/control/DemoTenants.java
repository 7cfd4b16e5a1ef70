package io.sendwell.platform.control;

import io.sendwell.mailbox.boundary.MailboxService;
import io.sendwell.maildomain.boundary.MailDomainService;
import io.sendwell.platform.entity.ApiScope;
import io.sendwell.tenant.boundary.ApiKeyService;
import io.sendwell.tenant.boundary.TenantService;
import io.sendwell.tenant.entity.Tenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/** The demo tenants themselves, created in one transaction: all of them or none. */
@Stateless
public class DemoTenants {

    private static final Logger LOG = Logger.getLogger(DemoTenants.class.getName());

    @Inject
    TenantService tenants;

    @Inject
    MailDomainService domains;

    @Inject
    MailboxService mailboxes;

    @Inject
    ApiKeyService apiKeys;

    public void seed() {
        Caller system = Caller.system("demo-data");
        if (!tenants.list(system).isEmpty()) {
            return;
        }
        Tenant acme = tenants.create(system, new TenantService.NewTenant("acme", "Acme Agency", "eu-west-1", 5000,
                new TenantService.BrandingInput("Acme Mail", null, "#0b6e4f")));
        domains.add(system, acme.id(), MailDomainService.NewMailDomain.easyDkim("acme.test"));
        mailboxes.create(system, acme.id(), new MailboxService.NewMailbox("hello@acme.test", "Acme Hello", 200));
        Tenant globex = tenants.create(system, new TenantService.NewTenant("globex", "Globex Shop", "us-east-1", 2000, null));
        domains.add(system, globex.id(), MailDomainService.NewMailDomain.easyDkim("globex.test"));
        mailboxes.create(system, globex.id(), new MailboxService.NewMailbox("news@globex.test", "Globex News", 100));
        String key = apiKeys.issue(system, acme.id(), "demo", ApiScope.requested(null)).plaintext();
        // Demo mode only: the key of a throw-away local tenant, printed so the README's curl examples work.
        LOG.info("DEMO DATA: tenants acme and globex created. Demo API key for acme: " + key);
    }
}
