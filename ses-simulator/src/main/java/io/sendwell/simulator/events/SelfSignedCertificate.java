package io.sendwell.simulator.events;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;

/** Builds a self-signed X.509 v3 certificate (SHA256withRSA) for an RSA key pair. */
public final class SelfSignedCertificate {

    private static final String SHA256_WITH_RSA = "1.2.840.113549.1.1.11";
    private static final String COMMON_NAME = "2.5.4.3";
    private static final String ORGANIZATION = "2.5.4.10";
    private static final String BASIC_CONSTRAINTS = "2.5.29.19";
    private static final String KEY_USAGE = "2.5.29.15";

    private SelfSignedCertificate() {
    }

    public static X509Certificate create(KeyPair keys, String commonName, Instant notBefore, Instant notAfter) {
        try {
            byte[] algorithm = Der.sequence(Der.oid(SHA256_WITH_RSA), Der.nullValue());
            byte[] name = Der.sequence(
                    Der.set(Der.sequence(Der.oid(ORGANIZATION), Der.utf8String("Sendwell SES simulator"))),
                    Der.set(Der.sequence(Der.oid(COMMON_NAME), Der.utf8String(commonName))));
            byte[] extensions = Der.explicit(3, Der.sequence(
                    // not a CA (cA defaults to false, so the SEQUENCE is empty)
                    Der.sequence(Der.oid(BASIC_CONSTRAINTS), Der.bool(true), Der.octetString(Der.sequence())),
                    // digitalSignature only: bit 0, seven unused bits
                    Der.sequence(Der.oid(KEY_USAGE), Der.bool(true), Der.octetString(Der.bitString(new byte[] {(byte) 0x80}, 7)))));
            byte[] tbs = Der.sequence(
                    Der.explicit(0, Der.integer(2)),
                    Der.integer(new BigInteger(63, new SecureRandom()).add(BigInteger.ONE)),
                    algorithm,
                    name,
                    Der.sequence(Der.time(notBefore), Der.time(notAfter)),
                    name,
                    keys.getPublic().getEncoded(),
                    extensions);
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(keys.getPrivate());
            signer.update(tbs);
            byte[] der = Der.sequence(tbs, algorithm, Der.bitString(signer.sign(), 0));
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the simulator's signing certificate", e);
        }
    }
}
