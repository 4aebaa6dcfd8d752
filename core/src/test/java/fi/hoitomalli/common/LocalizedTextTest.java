package fi.hoitomalli.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private final LocalizedText text = new LocalizedText("Sivistystoimi", "Bildningsväsendet", "Education");

    @Test
    void givesTheTextInEachLanguage() {
        assertThat(text.in(Language.FI)).isEqualTo("Sivistystoimi");
        assertThat(text.in(Language.SV)).isEqualTo("Bildningsväsendet");
        assertThat(text.in(Language.EN)).isEqualTo("Education");
    }

    @Test
    void sameTextInAllLanguages() {
        assertThat(LocalizedText.same("KVTES")).isEqualTo(new LocalizedText("KVTES", "KVTES", "KVTES"));
    }

    @Test
    void everyLanguageIsRequiredAndNonBlank() {
        assertThatThrownBy(() -> new LocalizedText(null, "a", "b")).isInstanceOf(NullPointerException.class)
                .hasMessage("fi must not be null");
        assertThatThrownBy(() -> new LocalizedText("a", null, "b")).hasMessage("sv must not be null");
        assertThatThrownBy(() -> new LocalizedText("a", "b", null)).hasMessage("en must not be null");
        assertThatThrownBy(() -> new LocalizedText("a", " ", "b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> text.in(null)).isInstanceOf(NullPointerException.class);
    }
}
