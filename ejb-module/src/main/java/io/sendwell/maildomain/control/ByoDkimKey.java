package io.sendwell.maildomain.control;

import io.sendwell.platform.entity.InvalidInputException;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tenant's own DKIM key (BYODKIM), checked before anything reaches SES: a PEM RSA private key
 * of 1024 to 2048 bits (the sizes SES accepts), PKCS#8 ("PRIVATE KEY") or PKCS#1 ("RSA PRIVATE
 * KEY", what {@code openssl genrsa} wrote before OpenSSL 3). {@code toString()} never shows the key.
 *
 * @param privateKeyBase64 the DER key in base64 without armour, the form SES's API takes
 * @param publicKeyBase64  the SubjectPublicKeyInfo in base64, the p= value of the DNS record
 */
public record ByoDkimKey(String selector, String privateKeyBase64, String publicKeyBase64, int bits) {

    private static final Pattern SELECTOR = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN (RSA )?PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END (RSA )?PRIVATE KEY-----");
    /** AlgorithmIdentifier rsaEncryption with NULL parameters, to wrap a PKCS#1 key as PKCS#8. */
    private static final byte[] RSA_ALGORITHM = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86,
            (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};

    public static ByoDkimKey parse(String selector, String pem) {
        if (selector == null || !SELECTOR.matcher(selector.strip().toLowerCase(java.util.Locale.ROOT)).matches()) {
            throw new InvalidInputException("byoDkim.selector must be one DNS label (letters, digits, hyphens), e.g. 's1'");
        }
        if (pem == null) {
            throw new InvalidInputException("byoDkim.privateKey is required (PEM, RSA 1024-2048 bits)");
        }
        Matcher armour = PEM.matcher(pem.strip());
        if (!armour.matches() || (armour.group(1) == null) != (armour.group(3) == null)) {
            throw new InvalidInputException("byoDkim.privateKey must be a PEM RSA private key "
                    + "('-----BEGIN PRIVATE KEY-----' or '-----BEGIN RSA PRIVATE KEY-----')");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(armour.group(2).replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("byoDkim.privateKey is not valid base64 inside its PEM armour");
        }
        byte[] pkcs8 = armour.group(1) == null ? der : wrapPkcs1(der);
        RSAPrivateCrtKey key = rsaKey(pkcs8);
        int bits = key.getModulus().bitLength();
        if (bits < 1024 || bits > 2048) {
            throw new InvalidInputException("byoDkim.privateKey has " + bits + " bits; SES accepts RSA keys of 1024 to 2048 bits");
        }
        String publicKey = publicKeyOf(key);
        return new ByoDkimKey(selector.strip().toLowerCase(java.util.Locale.ROOT),
                Base64.getEncoder().encodeToString(der), publicKey, bits);
    }

    private static RSAPrivateCrtKey rsaKey(byte[] pkcs8) {
        try {
            if (KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8)) instanceof RSAPrivateCrtKey crt) {
                return crt;
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            // fall through: the message below is what the caller can act on
        }
        throw new InvalidInputException("byoDkim.privateKey is not a readable RSA private key");
    }

    /** DKIM only needs the public half, which a CRT private key carries (modulus, public exponent). */
    private static String publicKeyOf(RSAPrivateCrtKey key) {
        try {
            var spec = new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent());
            return Base64.getEncoder().encodeToString(KeyFactory.getInstance("RSA").generatePublic(spec).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot build an RSA public key", e);
        }
    }

    private static byte[] wrapPkcs1(byte[] pkcs1) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(new byte[]{0x02, 0x01, 0x00}); // version 0
        body.writeBytes(RSA_ALGORITHM);
        body.writeBytes(tlv(0x04, pkcs1));
        return tlv(0x30, body.toByteArray());
    }

    private static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        if (value.length < 0x80) {
            out.write(value.length);
        } else {
            byte[] length = BigInteger.valueOf(value.length).toByteArray();
            int skip = length[0] == 0 ? 1 : 0;
            out.write(0x80 | (length.length - skip));
            out.write(length, skip, length.length - skip);
        }
        out.writeBytes(value);
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "ByoDkimKey[selector=" + selector + ", bits=" + bits + "]";
    }
}
