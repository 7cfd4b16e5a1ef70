package io.sendwell.platform.console;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

import java.util.Map;

/**
 * Chart.js 4 configurations for p:chart, built with JSON-P so labels (tenant names) are escaped
 * properly. PrimeFaces 15 has no chart model classes any more: the JSON is the model.
 */
public final class ChartConfigs {

    static final String DEFAULT_COLOR = "#2563eb";

    private ChartConfigs() {
    }

    /** A bar chart of whole numbers, one bar per key, in the map's order. */
    public static String bar(String seriesLabel, Map<String, ? extends Number> values, String color) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach((label, value) -> {
            labels.add(label);
            data.add(value.longValue());
        });
        String fill = color == null ? DEFAULT_COLOR : color;
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", seriesLabel)
                                .add("data", data)
                                .add("backgroundColor", fill)
                                .add("borderRadius", 4))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder()
                                        .add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    /**
     * Sends per hour as bars, hard bounces and complaints as lines on a second axis (they are
     * usually far smaller than the sends and would vanish on the same scale).
     */
    public static String hourly(List<String> hours, List<Long> sent, List<Long> bounces, List<Long> complaints, String color) {
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", Json.createArrayBuilder(hours))
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", "Sent").add("data", Json.createArrayBuilder(sent))
                                        .add("backgroundColor", color == null ? DEFAULT_COLOR : color).add("borderRadius", 3)
                                        .add("yAxisID", "y").add("order", 2))
                                .add(line("Hard bounces", bounces, "#d97706").add("yAxisID", "y1").add("order", 1))
                                .add(line("Complaints", complaints, "#dc2626").add("yAxisID", "y1").add("order", 0))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("interaction", Json.createObjectBuilder().add("mode", "index").add("intersect", false))
                        .add("scales", Json.createObjectBuilder()
                                .add("y", axis("Sent", "left"))
                                .add("y1", axis("Bounces, complaints", "right")
                                        .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)))))
                .build().toString();
    }

    /**
     * A rate over the last 24 hours and 7 days (bars, in percent) against the policy's levels,
     * drawn as dashed constant lines: PrimeFaces ships no Chart.js annotation plugin.
     */
    public static String rate(String metric, double last24Hours, double last7Days, double warn, double throttle, double pause,
                              String color) {
        List<String> windows = List.of("Last 24 hours", "Last 7 days");
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", Json.createArrayBuilder(windows))
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", metric)
                                        .add("data", Json.createArrayBuilder().add(percent(last24Hours)).add(percent(last7Days)))
                                        .add("backgroundColor", color == null ? DEFAULT_COLOR : color)
                                        .add("borderRadius", 4).add("maxBarThickness", 70).add("order", 3))
                                .add(level("Warning", warn, "#ca8a04"))
                                .add(level("Throttled", throttle, "#ea580c"))
                                .add(level("Paused", pause, "#dc2626"))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom")))
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                        .add("suggestedMax", percent(pause) * 1.25)
                                        .add("title", Json.createObjectBuilder().add("display", true).add("text", "%")))))
                .build().toString();
    }

    private static JsonObjectBuilder level(String label, double level, String color) {
        double value = percent(level);
        return Json.createObjectBuilder().add("type", "line").add("label", label + " " + value + " %")
                .add("data", Json.createArrayBuilder().add(value).add(value))
                .add("borderColor", color).add("borderWidth", 2)
                .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                .add("pointRadius", 0).add("fill", false).add("order", 0);
    }

    private static JsonObjectBuilder line(String label, List<Long> values, String color) {
        return Json.createObjectBuilder().add("type", "line").add("label", label)
                .add("data", Json.createArrayBuilder(values))
                .add("borderColor", color).add("backgroundColor", color)
                .add("pointRadius", 2).add("tension", 0.25).add("fill", false);
    }

    private static JsonObjectBuilder axis(String title, String position) {
        return Json.createObjectBuilder().add("beginAtZero", true).add("position", position)
                .add("ticks", Json.createObjectBuilder().add("precision", 0))
                .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
    }

    /** A fraction as a percentage, rounded to three decimals (complaint levels are 0.05 %). */
    static double percent(double fraction) {
        return Math.round(fraction * 100_000d) / 1000d;
    }
}
