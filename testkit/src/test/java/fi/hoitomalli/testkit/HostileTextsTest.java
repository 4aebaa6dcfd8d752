package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HostileTextsTest {

    @Test
    void theSameSeedGivesTheSameValues() {
        assertThat(draws(42)).isEqualTo(draws(42)).isNotEqualTo(draws(43));
    }

    @Test
    void drawsStayWithinTheirSize() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2_000; i++) {
            int size = i % 90;
            assertThat(HostileTexts.draw(random, size).length()).as("draw %d", i).isLessThanOrEqualTo(size);
        }
    }

    @Test
    void drawsReachEveryTroublesomeClass() {
        SplittableRandom random = new SplittableRandom(1);
        List<String> all = IntStream.range(0, 3_000).mapToObj(i -> HostileTexts.draw(random, 40)).toList();
        assertThat(all).anyMatch(s -> s.indexOf('\0') >= 0)
                .anyMatch(s -> s.chars().anyMatch(c -> c >= 0x80 && c <= 0x9F))
                .anyMatch(s -> s.chars().anyMatch(c -> Character.isSurrogate((char) c)))
                .anyMatch(s -> s.codePoints().anyMatch(Character::isSupplementaryCodePoint))
                .anyMatch(s -> s.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT))
                .anyMatch(s -> s.codePoints().anyMatch(Character::isSpaceChar))
                .anyMatch(s -> s.codePoints().anyMatch(c -> Character.getType(c) == Character.UNASSIGNED));
    }

    @Test
    void edgeCasesProbeBothSidesOfTheLimit() {
        List<String> cases = HostileTexts.edgeCases(64);
        assertThat(cases).contains("", "\u0000", "\uFEFF", "a".repeat(64), "a".repeat(65));
        assertThat(cases).anyMatch(s -> s.length() == 64 && s.codePoints().anyMatch(Character::isSupplementaryCodePoint));
        assertThatThrownBy(() -> HostileTexts.edgeCases(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aroundLimitGivesLengthsOnBothSides() {
        SplittableRandom random = new SplittableRandom(3);
        List<Integer> lengths = IntStream.range(0, 400).map(i -> HostileTexts.aroundLimit(random, 100).length())
                .boxed().toList();
        assertThat(lengths).contains(99, 100, 101).anyMatch(n -> n > 101);
    }

    @Test
    void escapeShowsEveryCharacterOutsidePrintableAsciiAsAJavaEscape() {
        assertThat(HostileTexts.escape("A\u0000\\ \u00E4\uD83D\uDE00\uD800")).isEqualTo("A\\u0000\\u005C \\u00E4\\uD83D\\uDE00\\uD800");
        assertThat(HostileTexts.escape("x".repeat(200))).startsWith("x".repeat(160) + "... (200 units)");
    }

    private static List<String> draws(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            out.add(HostileTexts.draw(random, 50));
        }
        return out;
    }
}
