package io.sendwell.platform.console;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

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
}
