package fi.hoitomalli.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void jakartaKeysComeFromTheCommonBundleInThreeLanguages() {
        LocalizedText text = Messages.text("jakarta.validation.constraints.NotBlank.message");

        assertThat(text).isEqualTo(new LocalizedText("on pakollinen", "är obligatoriskt", "is required"));
    }

    @Test
    void featureKeysComeFromTheFeaturesBundle() {
        LocalizedText text = Messages.text("fi.hoitomalli.json.csv.language");

        assertThat(text.fi()).isEqualTo("on oltava fi, sv tai en");
        assertThat(text.en()).isEqualTo("must be fi, sv or en");
        assertThat(Messages.has("fi.hoitomalli.json.csv.language")).isTrue();
    }

    @Test
    void placeholdersAreFilledByNameAndUnknownOnesStay() {
        LocalizedText size = Messages.text("jakarta.validation.constraints.Size.message", "min", 1, "max", 40);
        LocalizedText partial = Messages.text("jakarta.validation.constraints.Size.message", Map.of("min", 2));

        assertThat(size.fi()).isEqualTo("pituuden on oltava 1–40");
        assertThat(size.en()).isEqualTo("length must be between 1 and 40");
        assertThat(partial.en()).isEqualTo("length must be between 2 and {max}");
    }

    @Test
    void valuesWithRegexCharactersAreInsertedLiterally() {
        LocalizedText text = Messages.text("fi.hoitomalli.json.csv.sector.unknown", "sector", "$1\\x",
                "sectors", "sectors.csv");

        assertThat(text.en()).isEqualTo("sector $1\\x is not in sectors.csv");
    }

    @Test
    void missingKeysAndUnevenArgumentsAreProgrammingErrors() {
        assertThat(Messages.has("fi.hoitomalli.json.no.such.key")).isFalse();
        assertThat(Messages.has("fi.hoitomalli.nosuchfeature.key")).isFalse();
        assertThatThrownBy(() -> Messages.text("fi.hoitomalli.json.no.such.key"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no message for key");
        assertThatThrownBy(() -> Messages.text("jakarta.validation.constraints.Size.message", "min"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
