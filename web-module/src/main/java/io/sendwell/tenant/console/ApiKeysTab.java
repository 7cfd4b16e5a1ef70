package io.sendwell.tenant.console;

import io.sendwell.platform.console.Feedback;
import io.sendwell.platform.console.SignedInUser;
import io.sendwell.platform.entity.ApiScope;
import io.sendwell.tenant.boundary.ApiKeyService;
import io.sendwell.tenant.entity.ApiKey;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/** The API keys tab: a new key's secret is held only until its "shown once" dialog closes. */
@Named
@ViewScoped
public class ApiKeysTab implements Serializable {

    @Inject
    ApiKeyService apiKeys;

    @Inject
    TenantView page;

    @Inject
    SignedInUser me;

    private transient List<ApiKey> keys;
    private String newKeyName;
    private boolean newKeyManages;
    private String issuedKey;

    public void issue() {
        Feedback.attempt(() -> {
            List<String> scopes = newKeyManages ? List.of("send", "read", "manage") : null;
            issuedKey = apiKeys.issue(me.caller(), page.tenantId(), newKeyName, ApiScope.requested(scopes)).plaintext();
            newKeyName = null;
            newKeyManages = false;
            keys = null;
        }, "API key created. Copy it now: it will not be shown again.");
    }

    public void revoke(String keyId) {
        Feedback.attempt(() -> apiKeys.revoke(me.caller(), page.tenantId(), keyId), "API key revoked.");
        keys = null;
    }

    /** Called when the dialog closes: the plaintext must not linger in the session. */
    public void forgetIssuedKey() {
        issuedKey = null;
    }

    public List<ApiKey> getKeys() {
        if (keys == null) {
            keys = page.tenantId() == null ? List.of() : apiKeys.list(me.caller(), page.tenantId());
        }
        return keys;
    }

    public String getNewKeyName() {
        return newKeyName;
    }

    public void setNewKeyName(String newKeyName) {
        this.newKeyName = newKeyName;
    }

    public boolean isNewKeyManages() {
        return newKeyManages;
    }

    public void setNewKeyManages(boolean newKeyManages) {
        this.newKeyManages = newKeyManages;
    }

    public String scopesOf(ApiKey key) {
        return key.scopes().stream().map(ApiScope::asString).collect(Collectors.joining(", "));
    }

    public String getIssuedKey() {
        return issuedKey;
    }
}
