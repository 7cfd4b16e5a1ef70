package io.sendwell.feedback.control;

import static io.sendwell.feedback.control.SnsVerificationException.Reason.BAD_SIGNATURE;
import static io.sendwell.feedback.control.SnsVerificationException.Reason.CERT_EXPIRED;
import static io.sendwell.feedback.control.SnsVerificationException.Reason.CERT_NOT_FOR_SNS;
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
import java.security.cert.CertificateParsingException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Checks that an SNS message really comes from SNS and from a topic we subscribed to, following
 * AWS's published rules (we do not use the AWS SDK's message manager: it does not resolve at our
 * SDK version, and the rules are short).
 *
 * <p>Checks run cheapest first, so forged messages cost no certificate download: signature
 * version, topic allow-list, certificate URL (https on the SNS endpoint of the topic's region),
 * certificate name (one AWS uses for SNS signing; not checked for trusted local prefixes, whose
 * test certificates carry no AWS name), certificate validity, signature.
 */
public final class SnsSignatureVerifier {

    private static final Map<String, String> ALGORITHM_BY_VERSION = Map.of("1", "SHA1withRSA", "2", "SHA256withRSA");
    private static final String ANY_TOPIC = "*";
    /** SNS rotates its certificates rarely; the bound only stops the cache from growing without limit. */
    private static final int MAX_CACHED_CERTIFICATES = 64;
    /** How long a failed certificate download is remembered before a message may trigger another. */
    private static final Duration CERTIFICATE_FAILURE_TTL = Duration.ofSeconds(60);
    private static final int SUBJECT_ALT_NAME_DNS = 2;

    private final SigningCertificateCache certificates;
    private final Clock clock;
    private final Set<String> allowedTopicArns;
    private final List<String> trustedLocalCertUrlPrefixes;

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
        this.clock = Objects.requireNonNull(clock, "clock");
        this.certificates = new SigningCertificateCache(Objects.requireNonNull(certificates, "certificates"), clock,
                MAX_CACHED_CERTIFICATES, CERTIFICATE_FAILURE_TTL);
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
        URI certificateUrl;
        X509Certificate certificate;
        if (isTrustedLocalUrl(message.signingCertUrl())) {
            certificateUrl = parse(message.signingCertUrl());
            certificate = certificate(certificateUrl);
        } else {
            SnsRegionalEndpoint endpoint = SnsRegionalEndpoint.ofTopicArn(message.topicArn()).orElseThrow(() ->
                    new SnsVerificationException(UNTRUSTED_CERT_URL, "no SNS endpoint is known for the TopicArn's region"));
            certificateUrl = parse(message.signingCertUrl());
            if (!isSnsHttps(certificateUrl, endpoint)) {
                throw new SnsVerificationException(UNTRUSTED_CERT_URL,
                        "certificate URL is not https on sns.<region of the topic>.amazonaws.com");
            }
            certificate = certificate(certificateUrl);
            checkIssuedToSns(certificate, endpoint);
        }
        checkValidity(certificate, certificateUrl);
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
     * (https on the SNS endpoint of the topic's region, or a trusted local prefix), so a validly
     * signed confirmation cannot make us GET an arbitrary URL.
     */
    public boolean isTrustedSubscribeUrl(String url, String topicArn) {
        if (isTrustedLocalUrl(url)) {
            return true;
        }
        Optional<SnsRegionalEndpoint> endpoint = SnsRegionalEndpoint.ofTopicArn(topicArn);
        if (url == null || endpoint.isEmpty()) {
            return false;
        }
        try {
            return isSnsHttps(new URI(url), endpoint.get());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isSnsHttps(URI uri, SnsRegionalEndpoint endpoint) {
        return "https".equalsIgnoreCase(uri.getScheme())
                && uri.getRawUserInfo() == null
                && (uri.getPort() == -1 || uri.getPort() == 443)
                && endpoint.isHost(uri.getHost());
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new SnsVerificationException(UNTRUSTED_CERT_URL, "certificate URL is not a valid URI");
        }
    }

    private X509Certificate certificate(URI url) {
        try {
            return certificates.certificate(url);
        } catch (IOException | CertificateException e) {
            throw new SnsVerificationException(CERT_UNAVAILABLE, "could not load the signing certificate", e);
        }
    }

    /**
     * The host check already pins the download to AWS; this makes sure the file there is an SNS
     * signing certificate and not some other certificate AWS happens to serve.
     */
    private static void checkIssuedToSns(X509Certificate certificate, SnsRegionalEndpoint endpoint) {
        Set<String> names = endpoint.certificateNames();
        if (!names.contains(commonName(certificate)) && dnsAltNames(certificate).stream().noneMatch(names::contains)) {
            throw new SnsVerificationException(CERT_NOT_FOR_SNS, "signing certificate is not issued to " + String.join(" or ", names));
        }
    }

    private static String commonName(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString().toLowerCase(Locale.ROOT);
                }
            }
        } catch (InvalidNameException e) {
            return null;
        }
        return null;
    }

    private static List<String> dnsAltNames(X509Certificate certificate) {
        Collection<List<?>> altNames;
        try {
            altNames = certificate.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            return List.of();
        }
        if (altNames == null) {
            return List.of();
        }
        return altNames.stream()
                .filter(name -> name.size() == 2 && Integer.valueOf(SUBJECT_ALT_NAME_DNS).equals(name.get(0)))
                .map(name -> String.valueOf(name.get(1)).toLowerCase(Locale.ROOT))
                .toList();
    }

    private void checkValidity(X509Certificate certificate, URI url) {
        try {
            certificate.checkValidity(Date.from(clock.instant()));
        } catch (CertificateExpiredException e) {
            // Evict so that a certificate SNS has replaced at the same URL is fetched again next time.
            certificates.evict(url);
            throw new SnsVerificationException(CERT_EXPIRED, "signing certificate has expired");
        } catch (CertificateNotYetValidException e) {
            certificates.evict(url);
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
