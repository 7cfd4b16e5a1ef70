package io.sendwell.simulator.sending;

import static io.sendwell.simulator.JsonBodies.object;
import static io.sendwell.simulator.JsonBodies.string;
import static io.sendwell.simulator.JsonBodies.strings;

import io.sendwell.simulator.JsonBodies;
import io.sendwell.simulator.SesException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the SES v2 SendEmail JSON body. */
public final class EmailRequestParser {

    private EmailRequestParser() {
    }

    public static EmailRequest parse(JsonObject body) {
        JsonObject content = object(body, "Content");
        if (content == null) {
            throw SesException.badRequest("Content is required.");
        }
        JsonObject destination = object(body, "Destination");
        List<String> to = new ArrayList<>(strings(destination, "ToAddresses"));
        List<String> cc = new ArrayList<>(strings(destination, "CcAddresses"));
        List<String> bcc = new ArrayList<>(strings(destination, "BccAddresses"));
        List<String> replyTo = strings(body, "ReplyToAddresses");
        String from = string(body, "FromEmailAddress");
        Map<String, String> tags = new LinkedHashMap<>();
        JsonValue tagValue = body.get("EmailTags");
        if (tagValue instanceof JsonArray tagArray) {
            for (JsonObject tag : tagArray.getValuesAs(JsonObject.class)) {
                tags.put(JsonBodies.required(tag, "Name"), String.valueOf(string(tag, "Value")));
            }
        }
        String configurationSet = string(body, "ConfigurationSetName");

        JsonObject simple = object(content, "Simple");
        JsonObject raw = object(content, "Raw");
        JsonObject template = object(content, "Template");
        if (simple != null) {
            JsonObject bodyPart = object(simple, "Body");
            return new EmailRequest(from, bare(from), to, cc, bcc, replyTo, string(object(simple, "Subject"), "Data"),
                    EmailRequest.ContentKind.SIMPLE, string(object(bodyPart, "Text"), "Data"), string(object(bodyPart, "Html"), "Data"),
                    null, null, headers(simple), configurationSet, tags);
        }
        if (raw != null) {
            String data = JsonBodies.required(raw, "Data");
            String message;
            try {
                message = new String(Base64.getMimeDecoder().decode(data), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw SesException.badRequest("Content.Raw.Data must be base64.");
            }
            MimeHeaders mime = MimeHeaders.parse(message);
            if (to.isEmpty() && cc.isEmpty() && bcc.isEmpty()) {
                to.addAll(mime.addresses("To"));
                cc.addAll(mime.addresses("Cc"));
                bcc.addAll(mime.addresses("Bcc"));
            }
            String fromHeader = from != null ? from : mime.first("From");
            if (fromHeader == null) {
                throw SesException.messageRejected("Missing required header 'From'.");
            }
            List<MimeHeaders.Header> headers = mime.all().stream().filter(h -> !h.name().equalsIgnoreCase("Bcc")).toList();
            List<String> rawReplyTo = replyTo.isEmpty() ? mime.addresses("Reply-To") : replyTo;
            return new EmailRequest(fromHeader, bare(fromHeader), to, cc, bcc, rawReplyTo, MimeHeaders.decodeWords(mime.first("Subject")),
                    EmailRequest.ContentKind.RAW, null, null, message, null, headers, configurationSet, tags);
        }
        if (template != null) {
            JsonObject inline = object(template, "TemplateContent");
            String name = string(template, "TemplateName");
            if (name == null) {
                name = string(template, "TemplateArn");
            }
            Map<String, String> data = templateData(string(template, "TemplateData"));
            String subject = inline != null ? render(string(inline, "Subject"), data) : "(template " + name + ")";
            return new EmailRequest(from, bare(from), to, cc, bcc, replyTo, subject, EmailRequest.ContentKind.TEMPLATE,
                    inline != null ? render(string(inline, "Text"), data) : null,
                    inline != null ? render(string(inline, "Html"), data) : null,
                    null, name, headers(template), configurationSet, tags);
        }
        throw SesException.badRequest("Content must contain Simple, Raw or Template.");
    }

    /** Replaces {@code {{name}}} with top-level TemplateData values; SES's Handlebars subset is not emulated. */
    static String render(String text, Map<String, String> data) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (Map.Entry<String, String> entry : data.entrySet()) {
            result = result.replace("{{" + entry.getKey() + "}}", entry.getValue());
        }
        return result;
    }

    private static Map<String, String> templateData(String json) {
        Map<String, String> data = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return data;
        }
        JsonBodies.parse(json).forEach((key, value) ->
                data.put(key, value instanceof JsonString s ? s.getString() : value.toString()));
        return data;
    }

    private static List<MimeHeaders.Header> headers(JsonObject part) {
        JsonValue value = part.get("Headers");
        if (!(value instanceof JsonArray array)) {
            return List.of();
        }
        return array.getValuesAs(JsonObject.class).stream()
                .map(h -> new MimeHeaders.Header(string(h, "Name"), string(h, "Value")))
                .toList();
    }

    private static String bare(String from) {
        return from == null ? null : MimeHeaders.bareAddress(from);
    }
}
