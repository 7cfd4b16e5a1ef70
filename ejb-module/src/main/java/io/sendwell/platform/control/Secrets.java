package io.sendwell.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The configured {@link SecretCipher}. The key ({@code sendwell.secrets.encryption-key}, base64 of
 * 32 bytes) has no default in the application: the local/test server sets a dev key, production
 * must set its own. A missing key only fails the features that store secrets, not start-up.
 */
@ApplicationScoped
public class Secrets {

    @Inject
    @ConfigProperty(name = "sendwell.secrets.encryption-key")
    Optional<String> encryptionKey;

    private volatile SecretCipher cipher;

    public SecretCipher cipher() {
        if (cipher == null) {
            String key = encryptionKey.filter(k -> !k.isBlank()).orElseThrow(() -> new IllegalStateException(
                    "sendwell.secrets.encryption-key is not set; it is required to store secrets such as DKIM keys"));
            cipher = SecretCipher.ofBase64(key);
        }
        return cipher;
    }
}
