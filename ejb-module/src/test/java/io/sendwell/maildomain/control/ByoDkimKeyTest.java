package io.sendwell.maildomain.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sendwell.platform.entity.InvalidInputException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ByoDkimKeyTest {

    private static final Map<Integer, KeyPair> KEYS = new ConcurrentHashMap<>();

    @ParameterizedTest(name = "{0}-bit PKCS#8 and PKCS#1 keys are accepted")
    @ValueSource(ints = {1024, 2048})
    void rsaKeysOfTheSizesSesTakesAreAccepted(int bits) {
        KeyPair pair = pair(bits);
        String publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());

        ByoDkimKey pkcs8 = ByoDkimKey.parse(" S1 ", pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        ByoDkimKey pkcs1 = ByoDkimKey.parse("s1", pem("RSA PRIVATE KEY", pkcs1(pair.getPrivate().getEncoded())));

        assertThat(pkcs8.selector()).isEqualTo("s1");
        assertThat(pkcs8.bits()).isEqualTo(bits);
        assertThat(pkcs8.publicKeyBase64()).isEqualTo(publicKey);
        assertThat(pkcs1.publicKeyBase64()).isEqualTo(publicKey);
        assertThat(pkcs8.privateKeyBase64()).isEqualTo(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
        assertThat(pkcs8.toString()).doesNotContain(pkcs8.privateKeyBase64().substring(0, 20));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "512-bit key is too weak for SES     | 512   | s1          | 1024 to 2048 bits",
            "3072-bit key is more than SES takes | 3072  | s1          | 1024 to 2048 bits",
            "selector with a space               | 1024  | bad one     | selector",
            "selector with a dot                 | 1024  | a.b         | selector",
            "empty selector                      | 1024  | ''          | selector"})
    void keysAndSelectorsSesWouldRefuseAreRefused(String rule, int bits, String selector, String message) {
        String pem = pem("PRIVATE KEY", pair(bits).getPrivate().getEncoded());
        assertThatThrownBy(() -> ByoDkimKey.parse(selector, pem))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(message);
    }

    @ParameterizedTest(name = "malformed: {0}")
    @ValueSource(strings = {
            "not a key",
            "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----",
            "-----BEGIN PRIVATE KEY-----\n!!!!\n-----END PRIVATE KEY-----",
            "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----",
            "-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----",
            "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n-----END EC PRIVATE KEY-----"})
    void malformedKeysAreRefusedWithoutEchoingThem(String pem) {
        assertThatThrownBy(() -> ByoDkimKey.parse("s1", pem))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("byoDkim.privateKey");
    }

    @Test
    void aMissingKeyIsRefused() {
        assertThatThrownBy(() -> ByoDkimKey.parse("s1", null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anEcKeyIsNotRsa() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        String pem = pem("PRIVATE KEY", ec.generateKeyPair().getPrivate().getEncoded());
        assertThatThrownBy(() -> ByoDkimKey.parse("s1", pem)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a readable RSA private key");
    }

    private static KeyPair pair(int bits) {
        return KEYS.computeIfAbsent(bits, b -> {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(b);
                return generator.generateKeyPair();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** The PKCS#1 key inside a JDK PKCS#8 RSA key: the OCTET STRING after version and algorithm. */
    private static byte[] pkcs1(byte[] pkcs8) {
        int offset = headerLength(pkcs8, 0); // outer SEQUENCE
        offset += 3;                         // INTEGER 0
        offset += 15;                        // AlgorithmIdentifier rsaEncryption NULL
        int header = headerLength(pkcs8, offset);
        return Arrays.copyOfRange(pkcs8, offset + header, pkcs8.length);
    }

    private static int headerLength(byte[] der, int at) {
        int first = der[at + 1] & 0xff;
        return first < 0x80 ? 2 : 2 + (first & 0x7f);
    }
}
