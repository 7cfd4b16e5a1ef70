package io.sendwell.feedback.control;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Signing certificates by URL, so that SNS's steady stream of messages costs one download per
 * certificate. Three properties matter for a public endpoint:
 * <ul>
 * <li>URLs that differ only in case or an explicit default port share an entry, so spelling a URL
 *     differently does not force a fresh download;</li>
 * <li>a failed download is remembered for {@code failureTtl}: a flood of messages naming a bad URL
 *     causes one fetch per interval, not one per message; concurrent requests for the same URL wait
 *     for the one fetch in progress;</li>
 * <li>when full, the least recently used entry goes, one at a time, so a stream of new URLs cannot
 *     throw out the certificate every genuine message needs.</li>
 * </ul>
 */
final class SigningCertificateCache {

    private final SigningCertificateSource source;
    private final Clock clock;
    private final Duration failureTtl;
    private final Map<String, Entry> entries;

    SigningCertificateCache(SigningCertificateSource source, Clock clock, int maxEntries, Duration failureTtl) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive");
        }
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.failureTtl = Objects.requireNonNull(failureTtl, "failureTtl");
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The certificate at {@code url}, fetched at most once (or once per {@code failureTtl} while it fails). */
    X509Certificate certificate(URI url) throws IOException, CertificateException {
        String key = key(url);
        Entry entry;
        boolean fetchHere = false;
        synchronized (entries) {
            entry = entries.get(key);
            if (entry == null || entry.failureExpired(clock.instant(), failureTtl)) {
                entry = new Entry();
                entries.put(key, entry);
                fetchHere = true;
            }
        }
        if (fetchHere) {
            try {
                entry.result.complete(source.fetch(url));
            } catch (IOException | CertificateException | RuntimeException e) {
                entry.failedAt = clock.instant();
                entry.result.completeExceptionally(e);
                throw e;
            }
        }
        return entry.await();
    }

    /** Forgets {@code url}, so that the next message fetches it again (e.g. after it was found expired). */
    void evict(URI url) {
        synchronized (entries) {
            entries.remove(key(url));
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** Scheme and host in lower case, the scheme's default port dropped, path and query as they are. */
    static String key(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port)
                + (url.getRawPath() == null ? "" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
    }

    private static final class Entry {
        final CompletableFuture<X509Certificate> result = new CompletableFuture<>();
        volatile Instant failedAt;

        boolean failureExpired(Instant now, Duration ttl) {
            Instant failed = failedAt;
            return failed != null && !now.isBefore(failed.plus(ttl));
        }

        /** The certificate, or the remembered failure wrapped in a fresh exception of the same kind. */
        X509Certificate await() throws IOException, CertificateException {
            try {
                return result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for the signing certificate");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof CertificateException) {
                    throw new CertificateException("signing certificate failed to load recently", cause);
                }
                throw new IOException("signing certificate failed to load recently", cause);
            }
        }
    }
}
