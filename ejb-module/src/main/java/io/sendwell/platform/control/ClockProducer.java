package io.sendwell.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;

/** One clock for the application, so rules that depend on time can be tested with a fixed one. */
@ApplicationScoped
public class ClockProducer {

    /**
     * Microsecond ticks: PostgreSQL keeps timestamps to the microsecond, so a finer instant would
     * come back from the database different from the one the creating request returned.
     */
    @Produces
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
