package io.sendwell.feedback.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;

/**
 * Downloads a PEM certificate. Redirects are not followed: the verifier vetted the URL's host, and a
 * redirect would let that host hand us a certificate from anywhere. Timeouts keep a slow endpoint
 * from tying up the thread that handles the SNS POST (SNS retries anyway).
 */
public final class HttpSigningCertificateSource implements SigningCertificateSource {

    private static final int MAX_CERTIFICATE_BYTES = 64 * 1024;

    private final HttpClient client;
    private final Duration requestTimeout;

    public HttpSigningCertificateSource() {
        this(Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    public HttpSigningCertificateSource(Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = requestTimeout;
    }

    @Override
    public X509Certificate fetch(URI certificateUrl) throws IOException, CertificateException {
        HttpRequest request = HttpRequest.newBuilder(certificateUrl).timeout(requestTimeout).GET().build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while fetching the SNS signing certificate");
        }
        if (response.statusCode() != 200) {
            throw new IOException("signing certificate request answered HTTP " + response.statusCode());
        }
        if (response.body().length > MAX_CERTIFICATE_BYTES) {
            throw new IOException("signing certificate response is larger than " + MAX_CERTIFICATE_BYTES + " bytes");
        }
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(response.body()));
    }
}
