package io.sendwell.feedback.control;

import java.io.IOException;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Serves certificates from memory and records what was asked for. */
final class FakeSigningCertificateSource implements SigningCertificateSource {

    private final Map<String, X509Certificate> certificates = new HashMap<>();
    final List<String> fetched = new ArrayList<>();

    FakeSigningCertificateSource serve(String url, X509Certificate certificate) {
        certificates.put(url, certificate);
        return this;
    }

    @Override
    public X509Certificate fetch(URI certificateUrl) throws IOException {
        fetched.add(certificateUrl.toString());
        X509Certificate certificate = certificates.get(certificateUrl.toString());
        if (certificate == null) {
            throw new IOException("404 for " + certificateUrl);
        }
        return certificate;
    }
}
