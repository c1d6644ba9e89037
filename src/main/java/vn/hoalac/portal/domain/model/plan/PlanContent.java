package vn.hoalac.portal.domain.model.plan;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a plan says at one moment: its heading, ordered sections, targets and attached documents. A submitted
 * version stores it as canonical JSON ({@link #toCanonicalJson()}): fields in a fixed order, numbers without
 * exponent or trailing zeros, no whitespace. The same content always gives the same bytes, which is what the seal
 * of an approved version hashes.
 */
public record PlanContent(String code, String title, int horizonYear, int visionYear,
                          List<Section> sections, List<Target> targets, List<Attachment> attachments) {

    public PlanContent {
        sections = List.copyOf(sections);
        targets = List.copyOf(targets);
        attachments = List.copyOf(attachments);
    }

    public Optional<Section> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public Optional<Target> target(String code) {
        return targets.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public String toCanonicalJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject()
                    .write("code", code)
                    .write("title", title)
                    .write("horizonYear", horizonYear)
                    .write("visionYear", visionYear);
            json.writeStartArray("sections");
            for (Section s : sections) {
                json.writeStartObject().write("key", s.key()).write("title", s.title()).write("body", s.body()).writeEnd();
            }
            json.writeEnd();
            json.writeStartArray("targets");
            for (Target t : targets) {
                json.writeStartObject()
                        .write("code", t.code())
                        .write("name", t.name());
                writeNullable(json, "unit", t.unit());
                writeNullable(json, "group", t.group());
                writeNullable(json, "leadUnit", t.leadUnit());
                json.writeStartObject("values");
                t.values().forEach((year, value) -> json.write(String.valueOf(year), Target.normalise(value)));
                json.writeEnd().writeEnd();
            }
            json.writeEnd();
            json.writeStartArray("attachments");
            for (Attachment a : attachments) {
                json.writeStartObject()
                        .write("documentId", a.documentId())
                        .write("version", a.version())
                        .write("title", a.title())
                        .write("filename", a.filename())
                        .write("sha256", a.sha256())
                        .writeEnd();
            }
            json.writeEnd();
            json.writeEnd();
        }
        return out.toString();
    }

    public static PlanContent fromJson(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonObject o = reader.readObject();
            List<Section> sections = o.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                    .map(s -> new Section(s.getString("key"), s.getString("title"), s.getString("body")))
                    .toList();
            List<Target> targets = o.getJsonArray("targets").getValuesAs(JsonObject.class).stream()
                    .map(PlanContent::target)
                    .toList();
            JsonArray attached = o.getJsonArray("attachments");
            List<Attachment> attachments = attached.getValuesAs(JsonObject.class).stream()
                    .map(a -> new Attachment(a.getJsonNumber("documentId").longValue(), a.getInt("version"),
                            a.getString("title"), a.getString("filename"), a.getString("sha256")))
                    .toList();
            return new PlanContent(o.getString("code"), o.getString("title"), o.getInt("horizonYear"), o.getInt("visionYear"),
                    sections, targets, attachments);
        }
    }

    private static Target target(JsonObject t) {
        TreeMap<Integer, BigDecimal> values = new TreeMap<>();
        for (Map.Entry<String, JsonValue> e : t.getJsonObject("values").entrySet()) {
            values.put(Integer.valueOf(e.getKey()), ((JsonNumber) e.getValue()).bigDecimalValue());
        }
        return new Target(t.getString("code"), t.getString("name"), t.getString("unit", null), t.getString("group", null),
                t.getString("leadUnit", null), values);
    }

    private static void writeNullable(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }
}
