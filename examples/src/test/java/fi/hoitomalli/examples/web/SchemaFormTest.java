package fi.hoitomalli.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.examples.web.SchemaForm.Choice;
import fi.hoitomalli.examples.web.SchemaForm.Field;
import fi.hoitomalli.examples.web.SchemaForm.Widget;
import fi.hoitomalli.forms.FormKind;
import fi.hoitomalli.json.FormSchemas;

class SchemaFormTest {

    @Test
    void theFeedbackFormIsReadInTheSchemasOrderWithFinnishLabels() {
        SchemaForm form = SchemaForm.read(FormSchemas.schema(FormKind.FEEDBACK), Language.FI, Map.of());

        assertThat(form.title()).isEqualTo("Palautteen dokumentointi");
        assertThat(form.fields()).extracting(Field::name).containsExactly("recorder", "team", "date", "kind",
                "reason", "otherReason", "text", "channel", "customer", "sector", "role", "agreement");
        assertThat(form.field("kind")).get().satisfies(kind -> {
            assertThat(kind.label()).isEqualTo("Palautteen laji");
            assertThat(kind.widget()).isEqualTo(Widget.RADIO);
            assertThat(kind.required()).isTrue();
            assertThat(kind.choices()).extracting(Choice::label)
                    .containsExactly("Myönteinen", "Kielteinen", "Kehitysehdotus");
        });
    }

    @Test
    void eachPropertyGetsItsNativeControl() {
        SchemaForm feedback = SchemaForm.read(FormSchemas.schema(FormKind.FEEDBACK), Language.SV, Map.of());
        SchemaForm situation = SchemaForm.read(FormSchemas.schema(FormKind.SITUATION), Language.SV, Map.of());

        assertThat(widget(feedback, "date")).isEqualTo(Widget.DATE);
        assertThat(widget(feedback, "text")).isEqualTo(Widget.TEXTAREA);
        assertThat(widget(feedback, "otherReason")).isEqualTo(Widget.TEXT);
        assertThat(widget(feedback, "recorder")).isEqualTo(Widget.TEXT);
        assertThat(widget(feedback, "channel")).isEqualTo(Widget.RADIO);
        assertThat(widget(situation, "topic")).isEqualTo(Widget.SELECT);
        assertThat(widget(situation, "conflictingContacts")).isEqualTo(Widget.CHECKBOX);
        assertThat(feedback.field("customer")).get().extracting(Field::required).isEqualTo(false);
        assertThat(feedback.field("text")).get().extracting(Field::maxLength).isEqualTo(4000);
        assertThat(feedback.field("text")).get().extracting(Field::label).isEqualTo("Respons");
    }

    @Test
    void knownIdsAreOfferedAsAList() {
        List<Choice> sectors = List.of(new Choice("SIVI", "Bildningsväsendet"), new Choice("SOTE", "Social- och hälsovård"));

        SchemaForm form = SchemaForm.read(FormSchemas.schema(FormKind.FEEDBACK), Language.SV, Map.of("sector", sectors));

        assertThat(form.field("sector")).get().satisfies(sector -> {
            assertThat(sector.widget()).isEqualTo(Widget.SELECT);
            assertThat(sector.choices()).isEqualTo(sectors);
        });
        assertThat(widget(form, "agreement")).isEqualTo(Widget.TEXT);
    }

    @Test
    void aSchemaWithoutPropertiesOrLabelsIsRejected() {
        var nodes = JsonNodeFactory.instance;
        assertThatThrownBy(() -> SchemaForm.read(nodes.objectNode(), Language.FI, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        var unlabelled = nodes.objectNode();
        unlabelled.putObject("properties").putObject("x").put("type", "string");
        assertThatThrownBy(() -> SchemaForm.read(unlabelled, Language.FI, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Widget widget(SchemaForm form, String name) {
        return form.field(name).orElseThrow().widget();
    }
}
