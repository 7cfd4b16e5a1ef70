package io.sendwell.tenant.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sendwell.platform.entity.ConflictException;
import io.sendwell.platform.entity.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TenantQuotasTest {

    @Test
    void aNewTenantHasTheStandardQuotas() {
        Tenant tenant = new Tenant(Slug.of("acme"), "Acme", SesRegion.of("us-east-1"), 100, null, Instant.now());
        assertThat(tenant.quotas()).isEqualTo(new TenantQuotas(50, 500, 50));
    }

    @Test
    void oneMoreIsAllowedBelowTheQuotaAndRefusedAtIt() {
        TenantQuotas quotas = new TenantQuotas(2, 3, 1);
        quotas.requireRoomForOneMore("acme", QuotaKind.DOMAINS, 1);
        assertThatThrownBy(() -> quotas.requireRoomForOneMore("acme", QuotaKind.DOMAINS, 2))
                .isInstanceOf(QuotaExceededException.class).isInstanceOf(ConflictException.class)
                .hasMessage("tenant 'acme' already has 2 domains and its quota is 2; delete one or ask the platform "
                        + "operator to raise maxDomains");
        assertThatThrownBy(() -> quotas.requireRoomForOneMore("acme", QuotaKind.API_KEYS, 1))
                .hasMessageContaining("1 active API keys").hasMessageContaining("maxApiKeys");
    }

    @Test
    void aZeroQuotaBlocksAndNegativeOrHugeOnesAreInvalid() {
        assertThatThrownBy(() -> new TenantQuotas(0, 0, 0).requireRoomForOneMore("acme", QuotaKind.MAILBOXES, 0))
                .isInstanceOf(QuotaExceededException.class);
        assertThatThrownBy(() -> new TenantQuotas(-1, 1, 1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("maxDomains");
        assertThatThrownBy(() -> TenantQuotas.standard().with(null, TenantQuotas.MAX + 1, null))
                .hasMessageContaining("maxMailboxes");
    }

    @Test
    void aPartialChangeKeepsTheOtherQuotas() {
        assertThat(TenantQuotas.standard().with(null, 10, null)).isEqualTo(new TenantQuotas(50, 10, 50));
    }
}
