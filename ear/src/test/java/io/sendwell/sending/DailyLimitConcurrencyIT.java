package io.sendwell.sending;

import static io.sendwell.sending.SendingFixture.message;
import static io.sendwell.sending.SendingFixture.simulatorAddress;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Daily limits are exact under concurrency: requests racing for the last units of a limit get
 * exactly as many 202s as there are units left, and the rest 429 with Retry-After — never more
 * (an over-send) and never a 500 (a lock failure).
 */
class DailyLimitConcurrencyIT {

    @BeforeAll
    static void account() {
        SendingFixture.resetSimulatorAccount();
    }

    @Test
    void sixtyConcurrentSendsAgainstFiftyLeftTodayAcceptExactlyFifty() throws Exception {
        SendingFixture tenant = SendingFixture.newTenant(1000);
        String from = tenant.mailbox("limited", 60);
        for (int i = 0; i < 10; i++) {
            tenant.accepted(message(from, simulatorAddress("success+early" + i)).build());
        }

        List<SendingFixture.Reply> replies = concurrently(60, i -> () -> tenant.send(message(from, simulatorAddress("success+race" + i)).build()));

        assertThat(countByStatus(replies)).as(bodies(replies)).containsExactlyInAnyOrderEntriesOf(Map.of(202, 50L, 429, 10L));
        assertRefusalsSayWhenToRetry(replies, "mailbox");
    }

    @Test
    void theTenantLimitHoldsAcrossItsMailboxes() throws Exception {
        SendingFixture tenant = SendingFixture.newTenant(20);
        String first = tenant.mailbox("first", 20);
        String second = tenant.mailbox("second", 20);

        List<SendingFixture.Reply> replies = concurrently(30,
                i -> () -> tenant.send(message(i % 2 == 0 ? first : second, simulatorAddress("success+tenant" + i)).build()));

        assertThat(countByStatus(replies)).as(bodies(replies)).containsExactlyInAnyOrderEntriesOf(Map.of(202, 20L, 429, 10L));
        assertRefusalsSayWhenToRetry(replies, "tenant");
    }

    private static void assertRefusalsSayWhenToRetry(List<SendingFixture.Reply> replies, String scope) {
        for (SendingFixture.Reply refused : replies.stream().filter(r -> r.status() == 429).toList()) {
            assertThat(refused.header("Retry-After")).as("Retry-After of " + refused.body()).isPresent();
            assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isBetween(1L, 86_400L);
            assertThat(refused.json().getString("detail")).contains(scope);
        }
    }

    /** Starts all requests at once (a latch), so they really race for the counter rows. */
    static List<SendingFixture.Reply> concurrently(int count, Function<Integer, Callable<SendingFixture.Reply>> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<SendingFixture.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<SendingFixture.Reply> call = request.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<SendingFixture.Reply> replies = new ArrayList<>();
            for (Future<SendingFixture.Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    static Map<Integer, Long> countByStatus(List<SendingFixture.Reply> replies) {
        return replies.stream().collect(Collectors.groupingBy(SendingFixture.Reply::status, Collectors.counting()));
    }

    private static String bodies(List<SendingFixture.Reply> replies) {
        return replies.stream().filter(r -> r.status() != 202 && r.status() != 429)
                .map(r -> r.status() + " " + r.body()).distinct().limit(5).collect(Collectors.joining("\n"));
    }
}
