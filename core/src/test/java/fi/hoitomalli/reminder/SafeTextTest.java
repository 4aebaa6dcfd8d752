package fi.hoitomalli.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Header lines refuse every control character and line separator, not only the ASCII ones. */
class SafeTextTest {

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x7F, 0x80, 0x85, 0x9B, 0x9F, 0x2028, 0x2029})
    void aHeaderLineWithAControlCharacterOrALineSeparatorIsRefused(int c) {
        String value = "Maija" + (char) c + "Meikäläinen";
        assertThat(SafeText.isLine(value, 120)).isFalse();
        assertThat(SafeText.isTitle(value)).isFalse();
        assertThatThrownBy(() -> SafeText.line(value, "name", 120)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Maija Meikäläinen", "Åsa Öberg", "אבי כהן", "李小龙 \uD83D\uDE00", "Anna\u00A0Virtanen"})
    void ordinaryNamesAreHeaderLines(String value) {
        assertThat(SafeText.isLine(value, 120)).isTrue();
        assertThat(SafeText.line(value, "name", 120)).isEqualTo(value);
    }
}
