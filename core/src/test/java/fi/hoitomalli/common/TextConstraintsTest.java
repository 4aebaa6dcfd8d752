package fi.hoitomalli.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Jakarta Validation constraints of the text policy: one violation per problem, messages in fi/sv/en. */
class TextConstraintsTest {

    /** An input record as a form or a CSV row hands it in. */
    record Entry(@NotBlank @Identifier String id, @Identifier String optionalId, @NotBlank @Name String name,
                 @PlainText(max = 10) String reason, @PlainText(multiline = true, max = 20) String text,
                 List<@Identifier String> codes) {
    }

    private static ValidatorFactory factory;
    private static InputValidation validation;

    @BeforeAll
    static void setUp() {
        factory = Validation.buildDefaultValidatorFactory();
        validation = new InputValidation(factory.getValidator());
    }

    @AfterAll
    static void tearDown() {
        factory.close();
    }

    private static Entry valid() {
        return new Entry("S-1", null, "Maija", "Laskutus", "Rivi 1\r\nRivi 2", List.of("A", "B"));
    }

    @Test
    void aValidEntryHasNoViolation() {
        assertThat(validation.violationsOf(valid())).isEmpty();
        assertThat(validation.violationsOf(new Entry("S-1", " ", "  Maija ", "", "\n", List.of()))).isEmpty();
    }

    @Test
    void everyProblemOfEveryFieldIsReportedAtOnce() {
        Entry bad = new Entry("S\u2028", "\u00A0", "\u200B", "x\ty" + "z".repeat(10), "nul\u0000byte", List.of("A", "B C"));

        assertThat(validation.violationsOf(bad)).extracting(Violation::path, Violation::rule).containsExactly(
                tuple("codes[1].<list element>", "fi.hoitomalli.common.text.whiteSpace"),
                tuple("id", "fi.hoitomalli.common.text.whiteSpace"),
                tuple("name", "fi.hoitomalli.common.text.noVisibleCharacter"),
                tuple("optionalId", "fi.hoitomalli.common.text.whiteSpace"),
                tuple("reason", "fi.hoitomalli.common.text.control"),
                tuple("reason", "fi.hoitomalli.common.text.tooLong"),
                tuple("text", "fi.hoitomalli.common.text.control"));
    }

    @Test
    void theWebFormsNulByteIsAViolationWithItsPositionInThreeLanguages() {
        Entry nul = new Entry("S-1", null, "Maija", null, "nul\u0000byte", List.of());

        List<Violation> violations = validation.violationsOf(nul);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("text");
            assertThat(v.rule()).isEqualTo("fi.hoitomalli.common.text.control");
            assertThat(v.message()).isEqualTo(new LocalizedText(
                    "sisältää ohjausmerkin (U+0000) kohdassa 4",
                    "innehåller ett styrtecken (U+0000) på position 4",
                    "contains a control character (U+0000) at position 4"));
        });
    }

    @Test
    void messagesNameTheCharacterThePositionAndTheLength() {
        Entry bad = new Entry("C\u3000D", null, "Maija\nMeikäläinen", "x".repeat(11), "\u200B\n", List.of());

        List<Violation> violations = validation.violationsOf(bad);

        assertThat(violations).extracting(v -> v.describe(Language.EN)).containsExactly(
                "id: must not contain spaces or other white space (U+3000 at position 2)",
                "name: must be on one line (line break U+000A at position 6)",
                "reason: is too long: 11 characters, at most 10",
                "text: has no visible characters");
        assertThat(violations).extracting(v -> v.describe(Language.FI)).containsExactly(
                "id: ei saa sisältää välilyöntejä eikä muita tyhjiä merkkejä (U+3000 kohdassa 2)",
                "name: on kirjoitettava yhdelle riville (rivinvaihto U+000A kohdassa 6)",
                "reason: on liian pitkä: 11 merkkiä, enintään 10",
                "text: ei sisällä yhtään näkyvää merkkiä");
        assertThat(violations).extracting(v -> v.describe(Language.SV)).containsExactly(
                "id: får inte innehålla mellanslag eller andra blanktecken (U+3000 på position 2)",
                "name: ska stå på en rad (radbrytning U+000A på position 6)",
                "reason: är för lång: 11 tecken, högst 10",
                "text: innehåller inga synliga tecken");
    }

    @Test
    void invisibleAndInvalidCharactersHaveTheirOwnMessages() {
        Entry bad = new Entry("\uFEFFS-1", null, "Maija\uD800", null, null, List.of());

        assertThat(validation.violationsOf(bad)).extracting(v -> v.describe(Language.EN)).containsExactly(
                "id: contains an invisible character (U+FEFF) at position 1",
                "name: contains an invalid character (U+D800) at position 6");
    }

    @Test
    void nothingTypedIsLeftToNotBlankWhichReportsItOnce() {
        Entry blank = new Entry(" ", "\t", "", "  ", " \n ", List.of());

        assertThat(validation.violationsOf(blank)).extracting(Violation::path, Violation::rule).containsExactly(
                tuple("id", "jakarta.validation.constraints.NotBlank.message"),
                tuple("name", "jakarta.validation.constraints.NotBlank.message"));
    }

    /**
     * What {@code @NotBlank} counts as blank depends on the implementation (older ones trim only ASCII
     * controls and spaces, Hibernate Validator 9 asks {@link String#isBlank()}, and neither sees a
     * no-break space), so the text constraints check everything but spaces, tabs and line breaks
     * themselves: a value never passes both and then fails in a constructor.
     */
    @Test
    void invisibleOnlyValuesThatNotBlankLetThroughAreCaught() {
        Entry invisible = new Entry("\u2003", "\u2003", "\u00A0", null, null, List.of());

        assertThat(validation.violationsOf(invisible)).extracting(Violation::path, Violation::rule).contains(
                tuple("id", "fi.hoitomalli.common.text.whiteSpace"),
                tuple("optionalId", "fi.hoitomalli.common.text.whiteSpace"),
                tuple("name", "fi.hoitomalli.common.text.noVisibleCharacter"));
    }
}
