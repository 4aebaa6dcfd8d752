package fi.hoitomalli.common;

import static fi.hoitomalli.common.TextPolicy.Kind.IDENTIFIER;
import static fi.hoitomalli.common.TextPolicy.Kind.MULTI_LINE;
import static fi.hoitomalli.common.TextPolicy.Kind.SINGLE_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import fi.hoitomalli.common.TextPolicy.Finding;
import fi.hoitomalli.common.TextPolicy.Kind;
import fi.hoitomalli.common.TextPolicy.Problem;

/** The text policy, rule by rule: each character class accepted or rejected per kind, limits, positions. */
class TextPolicyTest {

    private static List<Problem> problems(Kind kind, String value, int max) {
        return TextPolicy.check(kind, value, max).stream().map(Finding::problem).toList();
    }

    private static Finding only(Kind kind, String value) {
        List<Finding> found = TextPolicy.check(kind, value, 100);
        assertThat(found).as("findings of %s", escaped(value)).hasSize(1);
        return found.get(0);
    }

    private static String escaped(String value) {
        StringBuilder out = new StringBuilder();
        value.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : (char) c));
        return out.toString();
    }

    /** Ids made of visible characters: letters, digits, punctuation, symbols, marks, emoji. */
    @ParameterizedTest
    @ValueSource(strings = {"S-1", "P100", "KVTES", "SIVI-PK-01", "Ä-Ö_å.x", "子-1", "e\u0301", "😀", "a/b:c#1"})
    void visibleIdsAreAccepted(String id) {
        assertThat(TextPolicy.check(IDENTIFIER, id, TextPolicy.ID_MAX)).isEmpty();
        assertThat(TextPolicy.isIdentifier(id)).isTrue();
    }

    /** Every white space and space separator, wherever it stands. */
    @ParameterizedTest
    @CsvSource({"0020", "0009", "000A", "000D", "000B", "000C", "001C", "001F", "00A0", "1680", "2000", "2003",
            "2007", "200A", "202F", "205F", "3000", "2028", "2029"})
    void whiteSpaceIsNoPartOfAnId(String hex) {
        String space = Character.toString(Integer.parseInt(hex, 16));
        for (String id : List.of("S" + space + "1", space + "S1", "S1" + space, space)) {
            assertThat(problems(IDENTIFIER, id, 64)).as("%s in %s", hex, escaped(id)).containsExactly(Problem.WHITE_SPACE);
        }
        assertThat(only(IDENTIFIER, "S" + space + "1").position()).isEqualTo(2);
        assertThat(only(IDENTIFIER, "S" + space + "1").character()).isEqualTo("U+" + hex);
    }

    /** Controls other than white space, in ids: NUL, DEL, C1 controls. */
    @ParameterizedTest
    @CsvSource({"0000", "0001", "001B", "007F", "0080", "0085", "009F"})
    void controlCharactersAreRejectedEverywhere(String hex) {
        String control = Character.toString(Integer.parseInt(hex, 16));
        assertThat(problems(IDENTIFIER, "a" + control, 64)).containsExactly(Problem.CONTROL_CHARACTER);
        assertThat(problems(SINGLE_LINE, "a" + control, 64)).containsExactly(Problem.CONTROL_CHARACTER);
        assertThat(problems(MULTI_LINE, "a" + control, 64)).containsExactly(Problem.CONTROL_CHARACTER);
        assertThat(only(MULTI_LINE, "ab" + control + "c").position()).isEqualTo(3);
    }

    /**
     * Characters without a glyph of their own: format characters (zero-width space, BOM, bidi controls,
     * soft hyphen, word joiner), default-ignorables of other categories, private use, unassigned.
     */
    @ParameterizedTest
    @CsvSource({"200B", "200C", "200D", "FEFF", "00AD", "2060", "202A", "202E", "2066", "2069", "061C", "180E",
            "034F", "3164", "115F", "FFA0", "FE0F", "E0100", "E000", "F8FF", "F0000", "0378", "E0001"})
    void invisibleCharactersAreNoPartOfAnId(String hex) {
        String invisible = Character.toString(Integer.parseInt(hex, 16));
        assertThat(problems(IDENTIFIER, "S" + invisible + "1", 64)).containsExactly(Problem.INVISIBLE_CHARACTER);
        assertThat(problems(IDENTIFIER, invisible, 64)).containsExactly(Problem.INVISIBLE_CHARACTER);
        assertThat(only(IDENTIFIER, "S-" + invisible).position()).isEqualTo(3);
    }

    /** Unpaired surrogates and noncharacters cannot be stored in any kind of text. */
    @ParameterizedTest
    @CsvSource({"D800", "DBFF", "DC00", "DFFF", "FFFE", "FFFF", "FDD0", "FDEF", "1FFFE", "10FFFF"})
    void unpairedSurrogatesAndNoncharactersAreInvalidEverywhere(String hex) {
        String bad = new String(Character.toChars(Integer.parseInt(hex, 16)));
        for (Kind kind : Kind.values()) {
            assertThat(problems(kind, "ab" + bad + "c", 64)).as("%s %s", kind, hex)
                    .containsExactly(Problem.INVALID_CHARACTER);
            assertThat(only(kind, "ab" + bad + "c").position()).isEqualTo(3);
        }
        assertThat(only(SINGLE_LINE, "x" + bad).character()).isEqualTo("U+" + hex);
    }

    @Test
    void aPairedSurrogateIsOneCharacterAndCountsTwoUnitsOfLength() {
        String emoji = "😀";
        assertThat(TextPolicy.check(IDENTIFIER, emoji.repeat(32), 64)).isEmpty();
        assertThat(problems(IDENTIFIER, emoji.repeat(32) + "a", 64)).containsExactly(Problem.TOO_LONG);
        assertThat(only(IDENTIFIER, emoji + emoji + " ").position()).isEqualTo(3);
        assertThat(problems(SINGLE_LINE, "\uDE00\uD83D", 64)).containsExactly(Problem.INVALID_CHARACTER);
    }

    /** Names and short texts: letters, punctuation, surrounding spaces, format characters inside. */
    @ParameterizedTest
    @ValueSource(strings = {"Maija Meikäläinen", "Virtanen, Åsa", "O'Brien-Smith", "  Kaisa  ", "Päiväkoti Äimä",
            "👩\u200D💻 tiimi", "Kehitys\u00ADpäällikkö", "\uE000 ikoni", "محمد\u200F", "Tekniikka\u3000ja katu"})
    void namesOfVisibleCharactersOnOneLineAreAccepted(String name) {
        assertThat(TextPolicy.check(SINGLE_LINE, name, TextPolicy.NAME_MAX)).isEmpty();
        assertThat(TextPolicy.check(MULTI_LINE, name, TextPolicy.TEXT_MAX)).isEmpty();
    }

    @Test
    void aSingleLineTextHasNoTabNorLineBreak() {
        assertThat(problems(SINGLE_LINE, "a\tb", 64)).containsExactly(Problem.CONTROL_CHARACTER);
        assertThat(problems(SINGLE_LINE, "a\nb", 64)).containsExactly(Problem.LINE_BREAK);
        assertThat(problems(SINGLE_LINE, "a\r\nb", 64)).containsExactly(Problem.LINE_BREAK);
        assertThat(problems(SINGLE_LINE, "a\rb", 64)).containsExactly(Problem.LINE_BREAK);
        assertThat(problems(SINGLE_LINE, "a\u2028b", 64)).containsExactly(Problem.LINE_BREAK);
        assertThat(problems(SINGLE_LINE, "a\u2029b", 64)).containsExactly(Problem.LINE_BREAK);
        assertThat(problems(SINGLE_LINE, "a\u000Bb", 64)).containsExactly(Problem.CONTROL_CHARACTER);
        assertThat(only(SINGLE_LINE, "Maija\nM").position()).isEqualTo(6);
    }

    @Test
    void aMultiLineTextHoldsTabsAndLineFeedsAndCarriageReturnsOnlyBeforeALineFeed() {
        assertThat(TextPolicy.check(MULTI_LINE, "Rivi 1\nRivi 2\r\n\tRivi 3\u2028Rivi 4\u2029", 100)).isEmpty();
        assertThat(TextPolicy.check(MULTI_LINE, "\r\n\r\nx\r\n", 100)).isEmpty();
        assertThat(problems(MULTI_LINE, "a\rb", 64)).containsExactly(Problem.CONTROL_CHARACTER);
        assertThat(problems(MULTI_LINE, "a\r", 64)).containsExactly(Problem.CONTROL_CHARACTER);
        assertThat(problems(MULTI_LINE, "a\r\rb", 64)).containsExactly(Problem.CONTROL_CHARACTER);
        assertThat(problems(MULTI_LINE, "a\u000Cb", 64)).containsExactly(Problem.CONTROL_CHARACTER);
        assertThat(only(MULTI_LINE, "a\r\nb\rc").position()).isEqualTo(5);
    }

    /** Blank or nothing but invisible characters: NBSP, zero-width space, BOM, ideographic space… */
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u00A0", "\u200B", "\uFEFF", "\u3000\u2003", "\u2060\u00A0", "\u3164",
            "\uFE0F", "\u0378"})
    void aNameOrTextNeedsAVisibleCharacter(String invisible) {
        assertThat(problems(SINGLE_LINE, invisible, 200)).containsExactly(Problem.NO_VISIBLE_CHARACTER);
        assertThat(problems(MULTI_LINE, invisible + "\n" + invisible, 200)).containsExactly(Problem.NO_VISIBLE_CHARACTER);
        assertThat(TextPolicy.isAcceptable(SINGLE_LINE, invisible + "x", 200)).isTrue();
    }

    @Test
    void anEmptyIdHasNoVisibleCharacter() {
        assertThat(problems(IDENTIFIER, "", 64)).containsExactly(Problem.NO_VISIBLE_CHARACTER);
    }

    @Test
    void limitsAreCountedInUtf16UnitsAtMaxAndMaxPlusOne() {
        assertThat(TextPolicy.check(IDENTIFIER, "x".repeat(TextPolicy.ID_MAX), TextPolicy.ID_MAX)).isEmpty();
        assertThat(problems(IDENTIFIER, "x".repeat(TextPolicy.ID_MAX + 1), TextPolicy.ID_MAX))
                .containsExactly(Problem.TOO_LONG);
        assertThat(TextPolicy.check(SINGLE_LINE, "x".repeat(TextPolicy.NAME_MAX), TextPolicy.NAME_MAX)).isEmpty();
        assertThat(problems(SINGLE_LINE, "x".repeat(TextPolicy.NAME_MAX + 1), TextPolicy.NAME_MAX))
                .containsExactly(Problem.TOO_LONG);
        assertThat(TextPolicy.check(SINGLE_LINE, "x".repeat(TextPolicy.LINE_MAX), TextPolicy.LINE_MAX)).isEmpty();
        assertThat(problems(SINGLE_LINE, "x".repeat(TextPolicy.LINE_MAX + 1), TextPolicy.LINE_MAX))
                .containsExactly(Problem.TOO_LONG);
        assertThat(TextPolicy.check(MULTI_LINE, "x\n".repeat(TextPolicy.TEXT_MAX / 2), TextPolicy.TEXT_MAX)).isEmpty();
        assertThat(problems(MULTI_LINE, "x".repeat(TextPolicy.TEXT_MAX + 1), TextPolicy.TEXT_MAX))
                .containsExactly(Problem.TOO_LONG);
        Finding tooLong = TextPolicy.check(IDENTIFIER, "x".repeat(70), 64).get(0);
        assertThat(tooLong.length()).isEqualTo(70);
        assertThat(tooLong.max()).isEqualTo(64);
        assertThat(tooLong.position()).isZero();
        assertThat(tooLong.character()).isEmpty();
    }

    @Test
    void theLimitsAreTheDocumentedOnes() {
        assertThat(List.of(TextPolicy.ID_MAX, TextPolicy.NAME_MAX, TextPolicy.LINE_MAX, TextPolicy.TEXT_MAX))
                .containsExactly(64, 200, 200, 4000);
    }

    @Test
    void aBadCharacterAndTheLengthAreBothReported() {
        assertThat(problems(MULTI_LINE, "\u0000" + "x".repeat(10), 5))
                .containsExactly(Problem.CONTROL_CHARACTER, Problem.TOO_LONG);
    }

    @Test
    void findingsAreDescribedInFinnishSwedishAndEnglish() {
        Finding nul = only(MULTI_LINE, "nul\u0000byte");
        assertThat(nul.position()).isEqualTo(4);
        assertThat(nul.describe(Language.FI)).isEqualTo("sisältää ohjausmerkin (U+0000) kohdassa 4");
        assertThat(nul.describe(Language.SV)).isEqualTo("innehåller ett styrtecken (U+0000) på position 4");
        assertThat(nul.describe(Language.EN)).isEqualTo("contains a control character (U+0000) at position 4");
        assertThat(only(IDENTIFIER, "S\u3000").describe(Language.EN))
                .isEqualTo("must not contain spaces or other white space (U+3000 at position 2)");
        assertThat(only(IDENTIFIER, "S\u200B").describe(Language.FI))
                .isEqualTo("sisältää näkymättömän merkin (U+200B) kohdassa 2");
        assertThat(only(SINGLE_LINE, "\u00A0").describe(Language.SV)).isEqualTo("innehåller inga synliga tecken");
        assertThat(TextPolicy.check(IDENTIFIER, "x".repeat(65), 64).get(0).describe(Language.FI))
                .isEqualTo("on liian pitkä: 65 merkkiä, enintään 64");
    }

    @Test
    void nothingTypedIsSpacesTabsAndLineBreaksOnly() {
        assertThat(TextPolicy.isNothingTyped("")).isTrue();
        assertThat(TextPolicy.isNothingTyped(" \t\r\n ")).isTrue();
        assertThat(TextPolicy.isNothingTyped("\u00A0")).isFalse();
        assertThat(TextPolicy.isNothingTyped("\u2003")).isFalse();
        assertThat(TextPolicy.isNothingTyped("\u0000")).isFalse();
        assertThat(TextPolicy.isNothingTyped(" x ")).isFalse();
    }

    @Test
    void requireThrowsIllegalArgumentWithoutEchoingTheValue() {
        assertThat(TextPolicy.requireIdentifier("S-1", "secretary id")).isEqualTo("S-1");
        assertThat(TextPolicy.requireMultiLine("a\r\nb", 10, "note")).isEqualTo("a\r\nb");
        assertThatThrownBy(() -> TextPolicy.requireIdentifier("S\u2028", "customer id"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customer id must not contain spaces or other white space (U+2028 at position 2)");
        assertThatThrownBy(() -> TextPolicy.requireName("nul\u0000", "unit name"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unit name contains a control character (U+0000) at position 4");
        assertThatThrownBy(() -> TextPolicy.requireSingleLine("x".repeat(6), 5, "basis"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6 characters, at most 5");
        assertThat(TextPolicy.requireIdentifier("x".repeat(70), 80, "participant")).hasSize(70);
        assertThatThrownBy(() -> TextPolicy.requireName(null, "name"))
                .isInstanceOf(NullPointerException.class).hasMessage("name must not be null");
    }

    @Test
    void everyProblemHasItsMessageKey() {
        for (Problem problem : Problem.values()) {
            assertThat(Messages.has(problem.key())).as(problem.key()).isTrue();
            assertThat(Problem.ofKey(problem.key())).contains(problem);
        }
        assertThat(Problem.ofKey("fi.hoitomalli.common.text.nothing")).isEmpty();
    }
}
