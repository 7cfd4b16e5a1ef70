package io.sendwell.feedback.control;

import io.sendwell.testing.MutableClock;
import static io.sendwell.feedback.control.SnsFixtures.SAN_NAMED;
import static io.sendwell.feedback.control.SnsFixtures.VALID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.net.URI;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SigningCertificateCacheTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T12:00:00Z"));
    private final FakeSigningCertificateSource source = new FakeSigningCertificateSource()
            .serve("https://sns.eu-west-1.amazonaws.com/a.pem", VALID.certificate())
            .serve("https://sns.eu-west-1.amazonaws.com/b.pem", SAN_NAMED.certificate())
            .serve("https://sns.eu-west-1.amazonaws.com/c.pem", VALID.certificate())
            .serve("https://sns.eu-west-1.amazonaws.com/d.pem", VALID.certificate());
    private final SigningCertificateCache cache = new SigningCertificateCache(source, clock, 3, Duration.ofSeconds(60));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "https://sns.eu-west-1.amazonaws.com/a.pem, https://sns.eu-west-1.amazonaws.com/a.pem",
            "HTTPS://SNS.EU-WEST-1.AMAZONAWS.COM/a.pem, https://sns.eu-west-1.amazonaws.com/a.pem",
            "https://sns.eu-west-1.amazonaws.com:443/a.pem, https://sns.eu-west-1.amazonaws.com/a.pem",
            "http://localhost:80/sim/cert.pem, http://localhost/sim/cert.pem",
            "http://localhost:9080/sim/cert.pem, http://localhost:9080/sim/cert.pem",
            "https://sns.eu-west-1.amazonaws.com:8443/a.pem, https://sns.eu-west-1.amazonaws.com:8443/a.pem",
            "https://sns.eu-west-1.amazonaws.com/A.pem, https://sns.eu-west-1.amazonaws.com/A.pem",
            "https://sns.eu-west-1.amazonaws.com/a%2Fb.pem?x=1, https://sns.eu-west-1.amazonaws.com/a%2Fb.pem?x=1"})
    void keyLowersSchemeAndHostDropsTheDefaultPortAndKeepsThePath(String url, String key) {
        assertThat(SigningCertificateCache.key(URI.create(url))).isEqualTo(key);
    }

    @Test
    void spellingsOfOneUrlShareOneDownload() throws Exception {
        cache.certificate(URI.create("https://sns.eu-west-1.amazonaws.com/a.pem"));
        cache.certificate(URI.create("HTTPS://Sns.Eu-West-1.AmazonAWS.com:443/a.pem"));

        assertThat(source.fetched).containsExactly("https://sns.eu-west-1.amazonaws.com/a.pem");
    }

    @Test
    void whenFullTheLeastRecentlyUsedEntryAloneIsEvicted() throws Exception {
        fetch("a");
        fetch("b");
        fetch("c");
        fetch("a");
        fetch("d");

        assertThat(cache.size()).isEqualTo(3);
        fetch("a");
        fetch("c");
        fetch("d");
        assertThat(source.fetched).hasSize(4);
        fetch("b");
        assertThat(source.fetched).endsWith("https://sns.eu-west-1.amazonaws.com/b.pem").hasSize(5);
    }

    @Test
    void failureIsRememberedForTheFailureTtlThenFetchedAgain() throws Exception {
        URI missing = URI.create("https://sns.eu-west-1.amazonaws.com/missing.pem");

        for (int i = 0; i < 10; i++) {
            assertThatIOException().isThrownBy(() -> cache.certificate(missing));
        }
        assertThat(source.fetched).hasSize(1);

        clock.advance(Duration.ofSeconds(59));
        assertThatIOException().isThrownBy(() -> cache.certificate(missing));
        assertThat(source.fetched).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        source.serve(missing.toString(), VALID.certificate());
        assertThat(cache.certificate(missing)).isSameAs(VALID.certificate());
        assertThat(source.fetched).hasSize(2);
    }

    @Test
    void failuresTakeUpCacheSlotsButStillEvictOneAtATime() throws Exception {
        fetch("a");
        for (int i = 0; i < 2; i++) {
            URI bad = URI.create("https://sns.eu-west-1.amazonaws.com/bad-" + i + ".pem");
            assertThatIOException().isThrownBy(() -> cache.certificate(bad));
        }
        fetch("a");
        assertThatIOException().isThrownBy(() -> cache.certificate(URI.create("https://sns.eu-west-1.amazonaws.com/bad-9.pem")));

        fetch("a");
        assertThat(source.fetched).filteredOn(url -> url.endsWith("/a.pem")).hasSize(1);
    }

    @Test
    void evictedCertificateIsFetchedAgain() throws Exception {
        fetch("a");
        cache.evict(URI.create("https://SNS.eu-west-1.amazonaws.com:443/a.pem"));
        fetch("a");

        assertThat(source.fetched).hasSize(2);
    }

    @Test
    void concurrentRequestsForOneUrlWaitForTheSingleDownload() throws Exception {
        CountDownLatch fetching = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger fetches = new AtomicInteger();
        SigningCertificateCache slow = new SigningCertificateCache(url -> {
            fetches.incrementAndGet();
            fetching.countDown();
            await(release);
            return VALID.certificate();
        }, clock, 3, Duration.ofSeconds(60));
        URI url = URI.create("https://sns.eu-west-1.amazonaws.com/a.pem");

        CompletableFuture<X509Certificate> first = CompletableFuture.supplyAsync(() -> get(slow, url));
        assertThat(fetching.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<X509Certificate> second = new CompletableFuture<>();
        Thread secondCaller = new Thread(() -> second.complete(get(slow, url)));
        secondCaller.start();
        awaitWaiting(secondCaller);
        release.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isSameAs(VALID.certificate());
        assertThat(second.get(5, TimeUnit.SECONDS)).isSameAs(VALID.certificate());
        assertThat(fetches).hasValue(1);
    }

    private void fetch(String name) throws IOException, CertificateException {
        cache.certificate(URI.create("https://sns.eu-west-1.amazonaws.com/" + name + ".pem"));
    }

    private static X509Certificate get(SigningCertificateCache cache, URI url) {
        try {
            return cache.certificate(url);
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) throws IOException {
        try {
            if (!latch.await(5, TimeUnit.SECONDS)) {
                throw new IOException("test latch timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Polls until {@code thread} blocks (waiting for the download in progress), failing after 5 s. */
    private static void awaitWaiting(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING) {
            assertThat(System.nanoTime() - deadline).as("second caller never blocked").isNegative();
            TimeUnit.MILLISECONDS.sleep(5);
        }
    }
}
