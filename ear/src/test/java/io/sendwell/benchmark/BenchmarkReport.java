package io.sendwell.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Run by {@code ./benchmark.sh} after the benchmark ITs (plain JDK, no dependency):
 * {@code java -cp ear/target/test-classes io.sendwell.benchmark.BenchmarkReport <dir> <errors_logged>}.
 * Reads {@code send.properties}, {@code feedback.properties} and their series, writes
 * {@code results.csv} and {@code throughput.svg} (per-second rates over time, both paths) and
 * prints the one RESULT line.
 */
public final class BenchmarkReport {

    private static final String[] RESULT_KEYS = {"send_msgs_per_s", "send_baseline_msgs_per_s", "accept_p99_ms",
            "feedback_events_per_s", "feedback_baseline_tx_rows_per_s", "feedback_baseline_batch_rows_per_s"};

    private BenchmarkReport() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String errors = args.length > 1 ? args[1] : "0";
        Properties figures = new Properties();
        load(figures, dir.resolve("send.properties"));
        load(figures, dir.resolve("feedback.properties"));
        StringBuilder result = new StringBuilder("RESULT");
        StringBuilder csv = new StringBuilder("metric,value\n");
        for (String key : RESULT_KEYS) {
            String value = figures.getProperty(key, "NaN");
            result.append(' ').append(key).append('=').append(value);
            csv.append(key).append(',').append(value).append('\n');
        }
        result.append(" errors_logged=").append(errors);
        csv.append("errors_logged,").append(errors).append('\n');
        figures.stringPropertyNames().stream().sorted()
                .filter(key -> !List.of(RESULT_KEYS).contains(key))
                .forEach(key -> csv.append(key).append(',').append(figures.getProperty(key)).append('\n'));
        Files.writeString(dir.resolve("results.csv"), csv.toString());
        Files.writeString(dir.resolve("throughput.svg"), chart(dir));
        System.out.println(result);
    }

    private static void load(Properties into, Path file) throws IOException {
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                into.load(reader);
            }
        }
    }

    /** Two panels, one per path: the per-second rate of each counter of its series. */
    static String chart(Path dir) throws IOException {
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' width='900' height='640' "
                + "font-family='sans-serif' font-size='12'><rect width='900' height='640' fill='white'/>\n");
        panel(svg, dir.resolve("send-series.csv"), "Send path (messages/s)", 20);
        panel(svg, dir.resolve("feedback-series.csv"), "Feedback path (events/s)", 330);
        return svg.append("</svg>\n").toString();
    }

    private static void panel(StringBuilder svg, Path csv, String title, int top) throws IOException {
        svg.append(String.format(Locale.ROOT, "<text x='60' y='%d' font-size='14' font-weight='bold'>%s</text>%n", top + 14, title));
        if (!Files.exists(csv)) {
            svg.append(String.format(Locale.ROOT, "<text x='60' y='%d'>no data</text>%n", top + 40));
            return;
        }
        List<String> lines = Files.readAllLines(csv);
        String[] header = lines.get(0).split(",");
        List<double[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            rows.add(java.util.Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray());
        }
        if (rows.size() < 2) {
            return;
        }
        List<double[]> rates = new ArrayList<>(); // seconds, rate per counter
        for (int i = 1; i < rows.size(); i++) {
            double[] rate = new double[header.length];
            double dt = Math.max(0.001, rows.get(i)[0] - rows.get(i - 1)[0]);
            rate[0] = rows.get(i)[0];
            for (int c = 1; c < header.length; c++) {
                rate[c] = Math.max(0, (rows.get(i)[c] - rows.get(i - 1)[c]) / dt);
            }
            rates.add(rate);
        }
        double maxT = rates.get(rates.size() - 1)[0];
        double maxRate = rates.stream().flatMapToDouble(r -> java.util.Arrays.stream(r, 1, r.length)).max().orElse(1);
        maxRate = Math.max(1, maxRate * 1.1);
        int x0 = 60;
        int y0 = top + 270;
        int width = 800;
        int height = 240;
        svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='black'/>%n", x0, y0, x0 + width, y0));
        svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='black'/>%n", x0, y0, x0, y0 - height));
        svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' text-anchor='end'>%.0f</text>%n", x0 - 4, y0 - height + 4, maxRate));
        svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' text-anchor='end'>0</text>%n", x0 - 4, y0 + 4));
        svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' text-anchor='end'>%.0f s</text>%n", x0 + width, y0 + 16, maxT));
        String[] colours = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"};
        for (int c = 1; c < header.length; c++) {
            StringBuilder points = new StringBuilder();
            for (double[] rate : rates) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x0 + rate[0] / maxT * width, y0 - rate[c] / maxRate * height));
            }
            String colour = colours[(c - 1) % colours.length];
            svg.append(String.format(Locale.ROOT, "<polyline fill='none' stroke='%s' stroke-width='1.5' points='%s'/>%n", colour, points));
            svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' fill='%s'>%s</text>%n", x0 + 10 + (c - 1) * 200, top + 34, colour, header[c]));
        }
    }
}
