package fi.hoitomalli.examples.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import fi.hoitomalli.common.Language;

/**
 * A form as the page draws it, read from the library's JSON Schema of the form
 * ({@code fi.hoitomalli.json.FormSchemas}): its title and help and, in the schema's property order, one
 * field per property with the label and help of the language ({@code x-label}, {@code x-help}), whether
 * it is required, and how it is entered (see {@link Widget#of}).
 *
 * @param title the form's title
 * @param help the form's instructions
 * @param fields the fields, in the schema's order
 */
record SchemaForm(String title, String help, List<Field> fields) {

    /** Free text longer than this is a multi-line text area. */
    static final int SINGLE_LINE_MAX = 200;
    /** Choices up to this many are radio buttons, more a drop-down list. */
    static final int RADIO_MAX = 5;

    SchemaForm {
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(help, "help must not be null");
        fields = List.copyOf(fields);
    }

    /**
     * Reads a form schema in a language.
     *
     * @param schema the form's JSON Schema (2020-12) with the library's annotations
     * @param language the language of the labels
     * @param idChoices for an id field (such as {@code sector}) the values the site knows, offered as a list;
     *        fields not in the map are typed
     * @throws IllegalArgumentException if the schema lacks its labels or properties
     */
    static SchemaForm read(ObjectNode schema, Language language, Map<String, List<Choice>> idChoices) {
        Objects.requireNonNull(schema, "schema must not be null");
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        JsonNode properties = schema.path("properties");
        if (!properties.isObject() || properties.isEmpty()) {
            throw new IllegalArgumentException("a form schema has properties");
        }
        List<Field> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            fields.add(field(property.getKey(), property.getValue(), language, required.contains(property.getKey()),
                    idChoices.getOrDefault(property.getKey(), List.of())));
        }
        return new SchemaForm(localized(schema, "x-label", language), localized(schema, "x-help", language), fields);
    }

    /** The field of the name, if the form has one. */
    java.util.Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private static Field field(String name, JsonNode node, Language language, boolean required,
                               List<Choice> known) {
        List<Choice> choices = new ArrayList<>();
        JsonNode labels = node.path("x-enumLabels");
        node.path("enum").forEach(v -> choices.add(new Choice(v.asText(),
                labels.path(v.asText()).path(language.tag()).asText(v.asText()))));
        if (choices.isEmpty()) {
            choices.addAll(known);
        }
        int maxLength = node.path("maxLength").asInt(0);
        Widget widget = Widget.of(node, choices.size(), maxLength);
        return new Field(name, localized(node, "x-label", language), localized(node, "x-help", language), widget,
                required, maxLength, choices);
    }

    private static String localized(JsonNode node, String annotation, Language language) {
        JsonNode text = node.path(annotation).path(language.tag());
        if (!text.isTextual()) {
            throw new IllegalArgumentException("schema node lacks " + annotation + "." + language.tag());
        }
        return text.asText();
    }

    /** How a field is entered: all native HTML controls, usable from the keyboard without scripts. */
    enum Widget {
        /** One line of text. */
        TEXT,
        /** Several lines of text. */
        TEXTAREA,
        /** A date picker ({@code <input type="date">}, ISO value). */
        DATE,
        /** A group of radio buttons in a fieldset with a legend. */
        RADIO,
        /** A drop-down list. */
        SELECT,
        /** A check box for a yes/no field. */
        CHECKBOX;

        /**
         * The control of a schema property: enums (and id fields with known values) become radio buttons
         * or a list by their number, booleans a check box, {@code format: date} a date picker, long
         * strings a text area.
         */
        static Widget of(JsonNode property, int choices, int maxLength) {
            if (choices > 0) {
                return choices <= RADIO_MAX && property.has("enum") ? RADIO : SELECT;
            }
            if (hasType(property, "boolean")) {
                return CHECKBOX;
            }
            if ("date".equals(property.path("format").asText())) {
                return DATE;
            }
            return maxLength > SINGLE_LINE_MAX ? TEXTAREA : TEXT;
        }

        private static boolean hasType(JsonNode property, String type) {
            JsonNode types = property.path("type");
            if (types.isArray()) {
                for (JsonNode t : types) {
                    if (type.equals(t.asText())) {
                        return true;
                    }
                }
                return false;
            }
            return type.equals(types.asText());
        }
    }

    /**
     * One field of the form.
     *
     * @param name the property name, also the HTML field name
     * @param label the label in the page's language
     * @param help the help text in the page's language
     * @param widget how it is entered
     * @param required whether the schema requires it
     * @param maxLength the longest value (0 when unlimited)
     * @param choices the allowed values with their labels (radio buttons and lists only)
     */
    record Field(String name, String label, String help, Widget widget, boolean required, int maxLength,
                 List<Choice> choices) {
        Field {
            Objects.requireNonNull(name, "name must not be null");
            Objects.requireNonNull(label, "label must not be null");
            Objects.requireNonNull(help, "help must not be null");
            Objects.requireNonNull(widget, "widget must not be null");
            choices = List.copyOf(choices);
        }

        /** The HTML id of the control (of the first radio button for a group). */
        String controlId() {
            return widget == Widget.RADIO && !choices.isEmpty() ? optionId(choices.get(0)) : "f-" + name;
        }

        /** The HTML id of one radio button. */
        String optionId(Choice choice) {
            return "f-" + name + "-" + choice.value();
        }
    }

    /**
     * One allowed value.
     *
     * @param value what is sent
     * @param label what is shown
     */
    record Choice(String value, String label) {
        Choice {
            Objects.requireNonNull(value, "value must not be null");
            Objects.requireNonNull(label, "label must not be null");
        }
    }
}
