package io.sendwell.platform.control;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * AES-256-GCM for secrets kept in the database (tenants' DKIM private keys). The output is
 * {@code v1:<base64(iv | ciphertext | tag)>}; the version prefix leaves room for key rotation.
 * The associated data binds a ciphertext to its row, so a value copied to another row fails to decrypt.
 */
public final class SecretCipher {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public SecretCipher(byte[] key) {
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("the encryption key must be 256 bits (32 bytes), was "
                    + (key == null ? "missing" : key.length + " bytes"));
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** From the base64 form used in configuration. */
    public static SecretCipher ofBase64(String base64Key) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the encryption key is not valid base64 of 32 bytes", e);
        }
        return new SecretCipher(key);
    }

    public String encrypt(String plaintext, String associatedData) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, iv, associatedData, plaintext.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[IV_BYTES + sealed.length];
        System.arraycopy(iv, 0, out, 0, IV_BYTES);
        System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
        return PREFIX + Base64.getEncoder().encodeToString(out);
    }

    public String decrypt(String encrypted, String associatedData) {
        if (encrypted == null || !encrypted.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a v1 secret");
        }
        byte[] in = Base64.getDecoder().decode(encrypted.substring(PREFIX.length()));
        if (in.length <= IV_BYTES) {
            throw new IllegalArgumentException("secret too short");
        }
        byte[] iv = java.util.Arrays.copyOf(in, IV_BYTES);
        byte[] sealed = java.util.Arrays.copyOfRange(in, IV_BYTES, in.length);
        return new String(run(Cipher.DECRYPT_MODE, iv, associatedData, sealed), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] iv, String associatedData, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // wrong key, tampered value or other row: never say which, never include the value
            throw new IllegalStateException("cannot " + (mode == Cipher.ENCRYPT_MODE ? "encrypt" : "decrypt")
                    + " secret: " + e.getClass().getSimpleName());
        }
    }
}
