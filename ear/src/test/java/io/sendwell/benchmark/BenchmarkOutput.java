package io.sendwell.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Where the benchmarks leave their figures: {@code <name>.properties} (one figure a line) and
 * {@code <name>-series.csv} (counters sampled twice a second), in {@code -Dbenchmark.dir}
 * (default {@code ear/target/benchmark}). {@link BenchmarkReport} turns them into the RESULT
 * line, a CSV and a chart.
 */
public final class BenchmarkOutput {

    private BenchmarkOutput() {
    }

    public static Path dir() {
        Path dir = Path.of(System.getProperty("benchmark.dir", "target/benchmark"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    public static void writeFigures(String name, Map<String, ? extends Number> figures) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(figures).forEach((key, value) -> text.append(key).append('=').append(format(value)).append('\n'));
        write(dir().resolve(name + ".properties"), text.toString());
    }

    static String format(Number value) {
        return value instanceof Double || value instanceof Float
                ? String.format(Locale.ROOT, "%.1f", value.doubleValue()) : value.toString();
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Samples named counters every 500 ms from {@link #start()} until {@link #stop()}; rows are seconds since start and counter values. */
    public static final class Series {
        private final String name;
        private final Map<String, LongSupplier> counters;
        private final List<long[]> rows = new CopyOnWriteArrayList<>();
        private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        private long startNanos;

        public Series(String name, Map<String, LongSupplier> counters) {
            this.name = name;
            this.counters = new java.util.LinkedHashMap<>(counters);
        }

        public Series start() {
            startNanos = System.nanoTime();
            sampler.scheduleAtFixedRate(this::sample, 0, 500, TimeUnit.MILLISECONDS);
            return this;
        }

        public void stop() {
            sampler.shutdownNow();
            sample();
            StringBuilder csv = new StringBuilder("seconds," + String.join(",", counters.keySet()) + "\n");
            for (long[] row : rows) {
                List<String> cells = new ArrayList<>();
                cells.add(String.format(Locale.ROOT, "%.1f", row[0] / 1e3));
                for (int i = 1; i < row.length; i++) {
                    cells.add(Long.toString(row[i]));
                }
                csv.append(String.join(",", cells)).append('\n');
            }
            write(dir().resolve(name + "-series.csv"), csv.toString());
        }

        private void sample() {
            try {
                long[] row = new long[counters.size() + 1];
                row[0] = (System.nanoTime() - startNanos) / 1_000_000;
                int i = 1;
                for (LongSupplier counter : counters.values()) {
                    row[i++] = counter.getAsLong();
                }
                rows.add(row);
            } catch (RuntimeException e) {
                // a sample lost while the server is busy is not worth failing the benchmark
            }
        }
    }
}
