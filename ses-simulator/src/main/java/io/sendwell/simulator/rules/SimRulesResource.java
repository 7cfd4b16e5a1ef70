package io.sendwell.simulator.rules;

import jakarta.enterprise.context.RequestScoped;
import io.sendwell.simulator.JsonBodies;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Control endpoint (not SES): the rule table. Body {@code {"rules":[{"pattern":"example.org","outcome":"bounce"}]}}
 * or the bare array; replaces the whole table.
 */
@RequestScoped
@Path("/sim/rules")
@Produces(MediaType.APPLICATION_JSON)
public class SimRulesResource {

    @Inject
    RecipientOutcomes outcomes;

    @GET
    public String get() {
        return json(outcomes.table()).toString();
    }

    @PUT
    public String put(String body) {
        JsonStructure parsed;
        try (JsonReader reader = Json.createReader(new StringReader(body == null || body.isBlank() ? "[]" : body))) {
            parsed = reader.read();
        }
        JsonArray rows = parsed instanceof JsonArray array ? array : ((JsonObject) parsed).getJsonArray("rules");
        List<RecipientRule> rules = new ArrayList<>();
        if (rows != null) {
            for (JsonObject row : rows.getValuesAs(JsonObject.class)) {
                rules.add(new RecipientRule(JsonBodies.string(row, "pattern"), Outcome.parse(String.valueOf(JsonBodies.string(row, "outcome")))));
            }
        }
        RuleTable table = new RuleTable(rules);
        outcomes.replace(table);
        return json(table).toString();
    }

    @DELETE
    public String clear() {
        outcomes.replace(RuleTable.EMPTY);
        return json(RuleTable.EMPTY).toString();
    }

    private static JsonObject json(RuleTable table) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        table.rules().forEach(rule -> rows.add(Json.createObjectBuilder()
                .add("pattern", rule.pattern()).add("outcome", rule.outcome().asString())));
        return Json.createObjectBuilder().add("rules", rows).build();
    }
}
