package io.sendwell.feedback.control;

import java.io.IOException;
import java.net.URI;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

/**
 * Where SNS signing certificates come from. Production fetches them over HTTPS
 * ({@link HttpSigningCertificateSource}); tests hand out certificates they generated. The verifier
 * only asks for URLs it already trusts and caches what it gets.
 */
public interface SigningCertificateSource {

    X509Certificate fetch(URI certificateUrl) throws IOException, CertificateException;
}
