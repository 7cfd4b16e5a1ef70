package io.sendwell.simulator;

import java.time.Duration;

/** Reads durations from config as {@code 200ms}, {@code 3s}, {@code 5m}, a plain number of milliseconds, or ISO-8601. */
public final class Durations {

    private Durations() {
    }

    public static Duration parse(String text) {
        String value = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (value.startsWith("p")) {
            return Duration.parse(text.trim());
        }
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2).trim()));
        }
        if (value.endsWith("s")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(value.substring(0, value.length() - 1).trim()) * 1000));
        }
        if (value.endsWith("m")) {
            return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1).trim()) * 60);
        }
        return Duration.ofMillis(Long.parseLong(value));
    }
}
