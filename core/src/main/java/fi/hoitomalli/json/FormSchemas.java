package fi.hoitomalli.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.Messages;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.forms.FeedbackChannel;
import fi.hoitomalli.forms.FeedbackKind;
import fi.hoitomalli.forms.FormKind;
import fi.hoitomalli.forms.FormLimits;
import fi.hoitomalli.forms.SituationTopic;

/**
 * The two forms as JSON Schema 2020-12 (lomakeskeemat), so that an HR-desktop plugin or a web page can
 * render and check a form from the library. A schema describes the JSON of the form's input record
 * ({@code SituationInput}, {@code FeedbackInput}) as {@link HoitomalliModule} writes it: required fields,
 * lengths, allowed values, and "an other reason needs its text". Labels and help texts in Finnish,
 * Swedish and English are annotations: {@code title}/{@code description} in English, and
 * {@code x-label}, {@code x-help} and {@code x-enumLabels} objects keyed by language. What a schema cannot
 * know (recorder known, date not in the future) is checked when the form is recorded.
 */
public final class FormSchemas {

    /** The JSON Schema dialect of the schemas. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String KEY = "fi.hoitomalli.forms.";

    private FormSchemas() {
    }

    /**
     * The schema of a form as a JSON tree (a fresh copy each time).
     *
     * @throws NullPointerException if form is null
     */
    public static ObjectNode schema(FormKind form) {
        Objects.requireNonNull(form, "form must not be null");
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", "urn:hoitomalli:form:" + form.slug());
        LocalizedText title = Messages.text(KEY + "form." + form.slug() + ".title");
        LocalizedText help = Messages.text(KEY + "form." + form.slug() + ".help");
        schema.put("title", title.en());
        schema.put("description", help.en());
        schema.set("x-label", localized(title));
        schema.set("x-help", localized(help));
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        properties.set("recorder", field("recorder", id(true)));
        properties.set("team", field("team", id(true)));
        properties.set("date", field("date", NODES.objectNode().put("type", "string").put("format", "date")
                .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")));
        required.add("recorder").add("team").add("date");
        if (form == FormKind.SITUATION) {
            situation(properties, required);
        } else {
            feedback(schema, properties, required);
        }
        return schema;
    }

    /** The schema of a form as pretty-printed JSON text. */
    public static String schemaText(FormKind form) {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(schema(form));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a schema tree always serialises", e);
        }
    }

    private static void situation(ObjectNode properties, ArrayNode required) {
        properties.set("customer", field("customer", id(false)));
        properties.set("topic", field("topic", choice(SituationTopic.values())));
        properties.set("conflictingContacts", field("conflictingContacts",
                NODES.objectNode().put("type", "boolean").put("default", false)));
        properties.set("situation", field("situation", text(FormLimits.TEXT_MAX, true)));
        properties.set("solution", field("solution", text(FormLimits.TEXT_MAX, true)));
        required.add("topic").add("situation").add("solution");
    }

    private static void feedback(ObjectNode schema, ObjectNode properties, ArrayNode required) {
        properties.set("kind", field("kind", choice(FeedbackKind.values())));
        properties.set("reason", field("reason", choice(fi.hoitomalli.forms.FeedbackReason.values())));
        properties.set("otherReason", field("otherReason", text(FormLimits.OTHER_REASON_MAX, false)));
        properties.set("text", field("text", text(FormLimits.TEXT_MAX, true)));
        properties.set("channel", field("channel", choice(FeedbackChannel.values())));
        properties.set("customer", field("customer", id(false)));
        properties.set("sector", field("sector", id(true)));
        properties.set("role", field("role", choice(Role.values())));
        properties.set("agreement", field("agreement", id(false)));
        required.add("kind").add("reason").add("text").add("channel").add("sector").add("role");
        ObjectNode rule = NODES.objectNode();
        ObjectNode ifOther = rule.putObject("if");
        ifOther.putObject("properties").putObject("reason").put("const", "OTHER");
        ifOther.putArray("required").add("reason");
        ObjectNode then = rule.putObject("then");
        then.putArray("required").add("otherReason");
        then.putObject("properties").putObject("otherReason").put("type", "string").put("pattern", "\\S");
        schema.putArray("allOf").add(rule);
    }

    private static ObjectNode field(String name, ObjectNode node) {
        LocalizedText label = Messages.text(KEY + "field." + name + ".label");
        LocalizedText help = Messages.text(KEY + "field." + name + ".help");
        node.put("title", label.en());
        node.put("description", help.en());
        node.set("x-label", localized(label));
        node.set("x-help", localized(help));
        return node;
    }

    private static ObjectNode id(boolean required) {
        ObjectNode node = NODES.objectNode();
        if (required) {
            node.put("type", "string").put("minLength", 1).put("pattern", "^\\S+$");
        } else {
            node.set("type", NODES.arrayNode().add("string").add("null"));
            node.put("pattern", FormLimits.ID_PATTERN);
        }
        return node.put("maxLength", FormLimits.ID_MAX);
    }

    private static ObjectNode text(int max, boolean required) {
        ObjectNode node = NODES.objectNode();
        if (required) {
            node.put("type", "string").put("pattern", "\\S");
        } else {
            node.set("type", NODES.arrayNode().add("string").add("null"));
        }
        return node.put("maxLength", max);
    }

    private static ObjectNode choice(Enum<?>[] values) {
        ObjectNode node = NODES.objectNode();
        ArrayNode allowed = node.putArray("enum");
        ObjectNode labels = node.putObject("x-enumLabels");
        for (Enum<?> value : values) {
            allowed.add(value.name());
            labels.set(value.name(), localized(Messages.text(
                    KEY + "value." + value.getDeclaringClass().getSimpleName() + "." + value.name())));
        }
        return node;
    }

    private static ObjectNode localized(LocalizedText text) {
        ObjectNode node = NODES.objectNode();
        for (Language language : List.of(Language.FI, Language.SV, Language.EN)) {
            node.put(language.tag(), text.in(language));
        }
        return node;
    }
}
