package io.sendwell.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private final SecretCipher cipher = SecretCipher.ofBase64(KEY);

    @Test
    void encryptedSecretsDecryptForTheSameRowOnly() {
        String sealed = cipher.encrypt("MIIEvQ private key", "acme.example");

        assertThat(sealed).startsWith("v1:").doesNotContain("private");
        assertThat(cipher.decrypt(sealed, "acme.example")).isEqualTo("MIIEvQ private key");
        assertThatThrownBy(() -> cipher.decrypt(sealed, "globex.example")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSameSecretEncryptsDifferentlyEachTime() {
        assertThat(cipher.encrypt("x", "a")).isNotEqualTo(cipher.encrypt("x", "a"));
    }

    @Test
    void anotherKeyOrATamperedValueDoesNotDecrypt() {
        String sealed = cipher.encrypt("secret", "row");
        byte[] other = new byte[32];
        other[0] = 1;
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> new SecretCipher(other).decrypt(sealed, "row"))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining("secret\"");
        assertThatThrownBy(() -> cipher.decrypt(tampered, "row")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyA256BitKeyIsAccepted() {
        assertThatThrownBy(() -> SecretCipher.ofBase64(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("256 bits");
        assertThatThrownBy(() -> SecretCipher.ofBase64("not base64!")).isInstanceOf(IllegalArgumentException.class);
    }
}
