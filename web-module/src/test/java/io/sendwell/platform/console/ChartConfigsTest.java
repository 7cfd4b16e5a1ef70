package io.sendwell.platform.console;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChartConfigsTest {

    @Test
    void barChartKeepsTheOrderOfItsLabelsAndValues() {
        Map<String, Long> values = new LinkedHashMap<>();
        values.put("acme", 3L);
        values.put("globex", 0L);
        JsonObject config = parse(ChartConfigs.bar("Mailboxes", values, "#0b6e4f"));
        assertThat(config.getString("type")).isEqualTo("bar");
        assertThat(config.getJsonObject("data").getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("acme", "globex");
        JsonObject dataset = config.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertThat(dataset.getJsonArray("data").getJsonNumber(0).longValue()).isEqualTo(3);
        assertThat(dataset.getString("backgroundColor")).isEqualTo("#0b6e4f");
    }

    @Test
    void labelsThatLookLikeScriptStayPlainJsonStrings() {
        String config = ChartConfigs.bar("Mailboxes", Map.of("\"}</script><script>alert(1)", 1L), null);
        assertThat(parse(config).getJsonObject("data").getJsonArray("labels").getString(0))
                .isEqualTo("\"}</script><script>alert(1)");
    }

    @Test
    void withoutABrandColourTheDefaultIsUsed() {
        JsonObject dataset = parse(ChartConfigs.bar("x", Map.of("a", 1L), null))
                .getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertThat(dataset.getString("backgroundColor")).isEqualTo(ChartConfigs.DEFAULT_COLOR);
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
