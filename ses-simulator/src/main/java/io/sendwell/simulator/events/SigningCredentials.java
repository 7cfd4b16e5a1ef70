package io.sendwell.simulator.events;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/** The RSA key and self-signed certificate the simulator signs SNS messages with; new at every start. */
public record SigningCredentials(KeyPair keys, X509Certificate certificate) {

    public static SigningCredentials generate(Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            X509Certificate certificate = SelfSignedCertificate.create(keys, "sns.simulator.sendwell.local",
                    now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(3650)));
            return new SigningCredentials(keys, certificate);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate the simulator's signing key", e);
        }
    }

    /**
     * Loads the key and certificate from a PKCS#12 file, or generates them and writes the file, so the
     * certificate Sendwell is told to trust survives restarts.
     */
    public static SigningCredentials loadOrCreate(java.nio.file.Path file, char[] password, Instant now) {
        try {
            java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
            if (java.nio.file.Files.exists(file)) {
                try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
                    store.load(in, password);
                }
                X509Certificate certificate = (X509Certificate) store.getCertificate(ALIAS);
                java.security.PrivateKey key = (java.security.PrivateKey) store.getKey(ALIAS, password);
                return new SigningCredentials(new KeyPair(certificate.getPublicKey(), key), certificate);
            }
            SigningCredentials created = generate(now);
            store.load(null, password);
            store.setKeyEntry(ALIAS, created.keys().getPrivate(), password, new java.security.cert.Certificate[] {created.certificate()});
            if (file.getParent() != null) {
                java.nio.file.Files.createDirectories(file.getParent());
            }
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
                store.store(out, password);
            }
            return created;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot load or create the SNS signing keystore " + file, e);
        }
    }

    private static final String ALIAS = "sns-signing";

    /** Base64 SHA256withRSA signature (SNS SignatureVersion 2). */
    public String sign(String stringToSign) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update(stringToSign.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String certificatePem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String sha256Fingerprint() {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
