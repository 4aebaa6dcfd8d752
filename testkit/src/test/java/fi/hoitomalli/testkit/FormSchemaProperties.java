package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.forms.FeedbackChannel;
import fi.hoitomalli.forms.FeedbackInput;
import fi.hoitomalli.forms.FeedbackKind;
import fi.hoitomalli.forms.FeedbackReason;
import fi.hoitomalli.forms.FormKind;
import fi.hoitomalli.forms.SituationInput;
import fi.hoitomalli.forms.SituationTopic;
import fi.hoitomalli.json.FormSchemas;
import fi.hoitomalli.json.HoitomalliModule;

/**
 * The forms' JSON Schemas (2020-12), checked with an independent validator (networknt): the library's
 * own valid inputs conform, invalid ones are rejected, and every field has labels in fi/sv/en.
 */
@Domain(FormsDomain.class)
class FormSchemaProperties {

    private static final ObjectMapper MAPPER = HoitomalliModule.newObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonSchema SITUATION = FACTORY.getSchema(FormSchemas.schema(FormKind.SITUATION));
    private static final JsonSchema FEEDBACK = FACTORY.getSchema(FormSchemas.schema(FormKind.FEEDBACK));

    private static ObjectNode json(Object input) {
        return MAPPER.valueToTree(input);
    }

    @Property(tries = 100)
    void validSituationInputsConform(@ForAll SituationInput input) {
        assertThat(SITUATION.validate(json(input))).isEmpty();
    }

    @Property(tries = 100)
    void validFeedbackInputsConform(@ForAll FeedbackInput input) {
        assertThat(FEEDBACK.validate(json(input))).isEmpty();
    }

    private static SituationInput situation() {
        return new SituationInput("S-1", "T-SIVI", LocalDate.of(2027, 3, 1), null, SituationTopic.PAY, true,
                "Esimies kysyi", "Neuvottiin");
    }

    private static FeedbackInput feedback() {
        return new FeedbackInput("S-1", "T-SIVI", LocalDate.of(2027, 3, 1), FeedbackKind.DEVELOPMENT_IDEA,
                FeedbackReason.OTHER, "Intranet", "Lisää ohjeita", FeedbackChannel.ACCOUNT_TEAM, "C-1", "SIVI",
                Role.SUPERVISOR, "OVTES");
    }

    private static Set<ValidationMessage> situationWith(Consumer<ObjectNode> change) {
        ObjectNode node = json(situation());
        change.accept(node);
        return SITUATION.validate(node);
    }

    private static Set<ValidationMessage> feedbackWith(Consumer<ObjectNode> change) {
        ObjectNode node = json(feedback());
        change.accept(node);
        return FEEDBACK.validate(node);
    }

    @Example
    void handMadeExamplesConform() {
        assertThat(situationWith(n -> { })).isEmpty();
        assertThat(feedbackWith(n -> { })).isEmpty();
    }

    @Example
    void missingRequiredFieldsAreRejected() {
        assertThat(situationWith(n -> n.remove("situation"))).isNotEmpty();
        assertThat(situationWith(n -> n.put("solution", "   "))).isNotEmpty();
        assertThat(situationWith(n -> n.putNull("recorder"))).isNotEmpty();
        assertThat(feedbackWith(n -> n.remove("channel"))).isNotEmpty();
        assertThat(feedbackWith(n -> n.remove("sector"))).isNotEmpty();
    }

    @Example
    void valuesOutsideTheAllowedOnesAreRejected() {
        assertThat(situationWith(n -> n.put("topic", "WEATHER"))).isNotEmpty();
        assertThat(feedbackWith(n -> n.put("kind", "NEUTRAL"))).isNotEmpty();
        assertThat(feedbackWith(n -> n.put("role", "ADMIN"))).isNotEmpty();
        assertThat(feedbackWith(n -> n.put("channel", "TWITTER"))).isNotEmpty();
    }

    @Example
    void otherReasonWithoutTextIsRejected() {
        assertThat(feedbackWith(n -> n.remove("otherReason"))).isNotEmpty();
        assertThat(feedbackWith(n -> n.putNull("otherReason"))).isNotEmpty();
        assertThat(feedbackWith(n -> n.put("otherReason", " "))).isNotEmpty();
        assertThat(feedbackWith(n -> {
            n.put("reason", "SERVICE_QUALITY");
            n.putNull("otherReason");
        })).isEmpty();
    }

    @Example
    void lengthsFormatsAndUnknownFieldsAreChecked() {
        assertThat(situationWith(n -> n.put("situation", "x".repeat(4001)))).isNotEmpty();
        assertThat(situationWith(n -> n.put("situation", "x".repeat(4000)))).isEmpty();
        assertThat(situationWith(n -> n.put("customer", "C 1"))).isNotEmpty();
        assertThat(situationWith(n -> n.put("date", "1.3.2027"))).isNotEmpty();
        assertThat(situationWith(n -> n.put("hetu", "010101-123X"))).isNotEmpty();
        assertThat(feedbackWith(n -> n.put("conflictingContacts", true))).isNotEmpty();
    }

    @Example
    void everyFieldAndValueHasLabelsInFinnishSwedishAndEnglish() {
        for (FormKind form : FormKind.values()) {
            JsonNode schema = FormSchemas.schema(form);
            assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.at("/x-label/fi").asText()).isNotBlank();
            schema.get("properties").fields().forEachRemaining(field -> {
                for (String language : new String[] {"fi", "sv", "en"}) {
                    assertThat(field.getValue().at("/x-label/" + language).asText()).as(field.getKey()).isNotBlank();
                    assertThat(field.getValue().at("/x-help/" + language).asText()).as(field.getKey()).isNotBlank();
                }
                JsonNode labels = field.getValue().get("x-enumLabels");
                if (labels != null) {
                    field.getValue().get("enum").forEach(v -> assertThat(labels.at("/" + v.asText() + "/sv").asText())
                            .as(v.asText()).isNotBlank());
                }
            });
        }
        assertThat(FormSchemas.schema(FormKind.SITUATION).at("/properties/situation/x-label/fi").asText())
                .isEqualTo("Asiakastilanne");
        assertThat(FormSchemas.schemaText(FormKind.FEEDBACK)).contains("\"Palautteen dokumentointi\"");
    }
}
