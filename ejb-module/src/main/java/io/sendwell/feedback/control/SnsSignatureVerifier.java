package io.sendwell.feedback.control;

import static io.sendwell.feedback.control.SnsVerificationException.Reason.BAD_SIGNATURE;
import static io.sendwell.feedback.control.SnsVerificationException.Reason.CERT_EXPIRED;
import static io.sendwell.feedback.control.SnsVerificationException.Reason.CERT_NOT_YET_VALID;
import static io.sendwell.feedback.control.SnsVerificationException.Reason.CERT_UNAVAILABLE;
import static io.sendwell.feedback.control.SnsVerificationException.Reason.TOPIC_NOT_ALLOWED;
import static io.sendwell.feedback.control.SnsVerificationException.Reason.UNSUPPORTED_SIGNATURE_VERSION;
import static io.sendwell.feedback.control.SnsVerificationException.Reason.UNTRUSTED_CERT_URL;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks that an SNS message really comes from SNS and from a topic we subscribed to, following
 * AWS's published rules (we do not use the AWS SDK's message manager: it does not resolve at our
 * SDK version, and the rules are short).
 *
 * <p>Checks run cheapest first, so forged messages cost no certificate download: signature
 * version, topic allow-list, certificate URL, certificate validity, signature.
 */
public final class SnsSignatureVerifier {

    /** Regional SNS endpoints, including the China partition. Anchored by {@code matches()}. */
    private static final Pattern AWS_SNS_HOST = Pattern.compile("sns\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?");
    private static final Map<String, String> ALGORITHM_BY_VERSION = Map.of("1", "SHA1withRSA", "2", "SHA256withRSA");
    private static final String ANY_TOPIC = "*";
    /** SNS rotates its certificates rarely; the bound only stops the cache from growing without limit. */
    private static final int MAX_CACHED_CERTIFICATES = 64;

    private final SigningCertificateSource certificates;
    private final Clock clock;
    private final Set<String> allowedTopicArns;
    private final List<String> trustedLocalCertUrlPrefixes;
    private final Map<String, X509Certificate> certificateCache = new ConcurrentHashMap<>();

    /**
     * @param allowedTopicArns          exact topic ARNs to accept, or {@code "*"} for any; empty accepts none
     * @param trustedLocalCertUrlPrefix certificate URLs starting with this are trusted even off AWS
     *                                  (the offline SES simulator); null or empty trusts only AWS. Must
     *                                  end with "/" so that "http://localhost:9080" cannot be extended
     *                                  to "http://localhost:9080.attacker.example".
     */
    public SnsSignatureVerifier(SigningCertificateSource certificates, Clock clock,
                                Set<String> allowedTopicArns, String trustedLocalCertUrlPrefix) {
        this(certificates, clock, allowedTopicArns,
                trustedLocalCertUrlPrefix == null || trustedLocalCertUrlPrefix.isEmpty() ? List.of() : List.of(trustedLocalCertUrlPrefix));
    }

    /**
     * As above with several trusted local prefixes: the test server trusts both the simulator and the
     * certificate server of the integration tests. Each prefix must end with "/".
     */
    public SnsSignatureVerifier(SigningCertificateSource certificates, Clock clock,
                                Set<String> allowedTopicArns, List<String> trustedLocalCertUrlPrefixes) {
        this.certificates = Objects.requireNonNull(certificates, "certificates");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.allowedTopicArns = Set.copyOf(allowedTopicArns);
        this.trustedLocalCertUrlPrefixes = List.copyOf(trustedLocalCertUrlPrefixes);
        for (String prefix : this.trustedLocalCertUrlPrefixes) {
            if (!prefix.endsWith("/")) {
                throw new IllegalArgumentException("trusted local certificate URL prefix must end with '/'");
            }
        }
    }

    /** Whether {@code url} starts with one of the trusted local prefixes (never true in production). */
    public boolean isTrustedLocalUrl(String url) {
        return url != null && trustedLocalCertUrlPrefixes.stream().anyMatch(url::startsWith);
    }

    public VerificationResult verify(SnsMessage message) {
        String algorithm = ALGORITHM_BY_VERSION.get(message.signatureVersion());
        if (algorithm == null) {
            throw new SnsVerificationException(UNSUPPORTED_SIGNATURE_VERSION, "only SignatureVersion 1 and 2 are supported");
        }
        if (!allowedTopicArns.contains(ANY_TOPIC) && !allowedTopicArns.contains(message.topicArn())) {
            throw new SnsVerificationException(TOPIC_NOT_ALLOWED, "topic is not on the allow-list");
        }
        URI certificateUrl = trustedCertificateUrl(message.signingCertUrl());
        X509Certificate certificate = certificate(certificateUrl);
        checkValidity(certificate, message.signingCertUrl());
        checkSignature(message, algorithm, certificate);
        return new VerificationResult(message, algorithm, clock.instant());
    }

    /** The exact bytes SNS signs: {@code Name\nvalue\n} for each field, in AWS's order. */
    static String stringToSign(SnsMessage message) {
        StringBuilder text = new StringBuilder();
        append(text, "Message", message.message());
        append(text, "MessageId", message.messageId());
        if (message.type() == SnsMessage.Type.NOTIFICATION) {
            if (message.hasSubject()) {
                append(text, "Subject", message.subject());
            }
        } else {
            append(text, "SubscribeURL", message.subscribeUrl());
        }
        append(text, "Timestamp", message.timestamp());
        if (message.type() != SnsMessage.Type.NOTIFICATION) {
            append(text, "Token", message.token());
        }
        append(text, "TopicArn", message.topicArn());
        append(text, "Type", message.type().wireName());
        return text.toString();
    }

    private static void append(StringBuilder text, String name, String value) {
        text.append(name).append('\n').append(value).append('\n');
    }

    /**
     * Where a SubscriptionConfirmation may send us to confirm: the same rule as for certificates
     * (https on sns.&lt;region&gt;.amazonaws.com, or a trusted local prefix), so a forged-looking but
     * validly signed confirmation cannot make us GET an arbitrary URL.
     */
    public boolean isTrustedSubscribeUrl(String url) {
        if (isTrustedLocalUrl(url)) {
            return true;
        }
        try {
            return url != null && isAwsSnsHttps(new URI(url));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isAwsSnsHttps(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme())
                && uri.getRawUserInfo() == null
                && (uri.getPort() == -1 || uri.getPort() == 443)
                && uri.getHost() != null
                && AWS_SNS_HOST.matcher(uri.getHost().toLowerCase(Locale.ROOT)).matches();
    }

    private URI trustedCertificateUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new SnsVerificationException(UNTRUSTED_CERT_URL, "certificate URL is not a valid URI");
        }
        if (isTrustedLocalUrl(url)) {
            return uri;
        }
        if (!isAwsSnsHttps(uri)) {
            throw new SnsVerificationException(UNTRUSTED_CERT_URL, "certificate URL is not https on sns.<region>.amazonaws.com");
        }
        return uri;
    }

    private X509Certificate certificate(URI url) {
        X509Certificate cached = certificateCache.get(url.toString());
        if (cached != null) {
            return cached;
        }
        X509Certificate fetched;
        try {
            fetched = certificates.fetch(url);
        } catch (IOException | CertificateException e) {
            throw new SnsVerificationException(CERT_UNAVAILABLE, "could not load the signing certificate", e);
        }
        if (certificateCache.size() >= MAX_CACHED_CERTIFICATES) {
            certificateCache.clear();
        }
        certificateCache.put(url.toString(), fetched);
        return fetched;
    }

    private void checkValidity(X509Certificate certificate, String url) {
        try {
            certificate.checkValidity(Date.from(clock.instant()));
        } catch (CertificateExpiredException e) {
            // Evict so that a certificate SNS has replaced at the same URL is fetched again next time.
            certificateCache.remove(url);
            throw new SnsVerificationException(CERT_EXPIRED, "signing certificate has expired");
        } catch (CertificateNotYetValidException e) {
            certificateCache.remove(url);
            throw new SnsVerificationException(CERT_NOT_YET_VALID, "signing certificate is not valid yet");
        }
    }

    private static void checkSignature(SnsMessage message, String algorithm, X509Certificate certificate) {
        byte[] signatureBytes;
        try {
            signatureBytes = Base64.getDecoder().decode(message.signature());
        } catch (IllegalArgumentException e) {
            throw new SnsVerificationException(BAD_SIGNATURE, "signature is not base64");
        }
        try {
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(stringToSign(message).getBytes(StandardCharsets.UTF_8));
            if (!verifier.verify(signatureBytes)) {
                throw new SnsVerificationException(BAD_SIGNATURE, "signature does not match the message");
            }
        } catch (GeneralSecurityException e) {
            throw new SnsVerificationException(BAD_SIGNATURE, "signature could not be checked", e);
        }
    }
}
