package fi.hoitomalli.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Hostile names, ids and texts for robustness suites (vihamielinen syöte): strings with characters of
 * every Unicode general category, control characters, unpaired surrogates, noncharacters, invisible and
 * white-space characters, astral characters, right-to-left and combining text, and values just over a
 * length limit. Pure and framework-neutral: every value is a function of the {@link RandomGenerator}
 * handed in (seed it, e.g. {@code new java.util.SplittableRandom(seed)}, and the same seed gives the
 * same value on every JVM) and of the size; there is no global state. Use it from JUnit, from any
 * property-based testing library or from a plain loop.
 */
public final class HostileTexts {

    /** Characters that usually break naive handling, one or more per troublesome class. */
    private static final int[] TRICKY = {
        0x0000, 0x0001, 0x0009, 0x000A, 0x000B, 0x000C, 0x000D, 0x001B, 0x001F, 0x007F, 0x0080, 0x0085, 0x009F,
        0x00A0, 0x00AD, 0x034F, 0x061C, 0x1680, 0x180E, 0x2000, 0x2003, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F,
        0x2028, 0x2029, 0x202A, 0x202E, 0x202F, 0x205F, 0x2060, 0x2066, 0x2069, 0x3000, 0xFEFF, 0xFFF9, 0xFFFC,
        0xFFFD, 0xFFFE, 0xFFFF, 0xFDD0, 0xE000, 0xF8FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0x1F600, 0x1F468,
        0x20000, 0x1D11E, 0xE0001, 0xF0000, 0x10FFFF, 0x0301, 0x0627, 0x05D0, 0x00E4, 0x00F6, 0x00C5, '<', '>',
        '&', '"', '\'', '\\', ',', ';', '%', '\u00B4'
    };

    /** Plain letters that make a hostile value look like an ordinary one around its tricky part. */
    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ0123456789-_";

    private HostileTexts() {
    }

    /**
     * The edge cases a suite should try first: empty, blank, one of each tricky character alone, a
     * tricky character inside an ordinary word, and strings of exactly {@code limit} and {@code limit + 1}
     * characters (in {@link String#length()} units, with and without astral pairs).
     *
     * @param limit the field's length limit, at least 1
     * @throws IllegalArgumentException if the limit is below 1
     */
    public static List<String> edgeCases(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        List<String> cases = new ArrayList<>();
        cases.add("");
        cases.add(" ");
        cases.add("\t");
        cases.add("\n");
        for (int c : TRICKY) {
            cases.add(new String(Character.toChars(c)));
            cases.add("Abc" + new String(Character.toChars(c)) + "def");
        }
        cases.add("a".repeat(limit));
        cases.add("a".repeat(limit + 1));
        cases.add("\uD83D\uDE00".repeat(limit / 2) + (limit % 2 == 1 ? "a" : ""));
        cases.add("a" + "\uD83D\uDE00".repeat(limit / 2));
        return List.copyOf(cases);
    }

    /**
     * A hostile string of at most {@code size} UTF-16 units: mostly ordinary letters with tricky
     * characters, characters of a random general category and random code points mixed in.
     *
     * @param random the source of randomness (its state advances)
     * @param size the largest length to draw, at least 0
     * @throws IllegalArgumentException if the size is negative
     * @throws NullPointerException if {@code random} is null
     */
    public static String draw(RandomGenerator random, int size) {
        Objects.requireNonNull(random, "random must not be null");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        int length = size == 0 ? 0 : random.nextInt(size + 1);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            int room = length - text.length();
            int c = nextCodePoint(random);
            if (Character.charCount(c) > room) {
                c = PLAIN.charAt(random.nextInt(PLAIN.length()));
            }
            text.appendCodePoint(c);
        }
        return text.toString();
    }

    /**
     * A hostile string around a limit: {@code limit - 1}, {@code limit}, {@code limit + 1} or far over it
     * (up to eight times the limit), so that length checks are probed on both sides.
     *
     * @param random the source of randomness (its state advances)
     * @param limit the field's length limit, at least 1
     * @throws IllegalArgumentException if the limit is below 1
     * @throws NullPointerException if {@code random} is null
     */
    public static String aroundLimit(RandomGenerator random, int limit) {
        Objects.requireNonNull(random, "random must not be null");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        int[] lengths = {limit - 1, limit, limit + 1, limit * (2 + random.nextInt(7))};
        int length = Math.max(1, lengths[random.nextInt(lengths.length)]);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(PLAIN.charAt(random.nextInt(PLAIN.length())));
        }
        if (random.nextBoolean()) {
            int at = random.nextInt(text.length());
            text.setCharAt(at, (char) TRICKY[random.nextInt(TRICKY.length)]);
        }
        return text.toString();
    }

    /**
     * The value as printable ASCII for a failure message: every UTF-16 unit outside {@code U+0020–U+007E},
     * and the backslash itself, written as a Java escape (backslash, {@code u}, four hex digits; an astral
     * character as its two surrogates), so that
     * invisible and control characters show and the value can be pasted back into Java source. A value
     * longer than 160 units is cut there and its length added.
     *
     * @throws NullPointerException if the value is null
     */
    public static String escape(String value) {
        Objects.requireNonNull(value, "value must not be null");
        StringBuilder out = new StringBuilder(value.length() + 16);
        int shown = Math.min(value.length(), 160);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c <= 0x7E && c != '\\') {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        if (shown < value.length()) {
            out.append("... (").append(value.length()).append(" units)");
        }
        return out.toString();
    }

    /**
     * One code point: an ordinary letter (about half of the draws), a tricky character, a code point of a
     * randomly chosen general category, or any code point at all (including unpaired surrogates).
     */
    private static int nextCodePoint(RandomGenerator random) {
        int pick = random.nextInt(8);
        if (pick < 4) {
            return PLAIN.charAt(random.nextInt(PLAIN.length()));
        }
        if (pick < 6) {
            return TRICKY[random.nextInt(TRICKY.length)];
        }
        if (pick == 6) {
            return ofCategory(random, (byte) random.nextInt(31));
        }
        return random.nextInt(Character.MAX_CODE_POINT + 1);
    }

    /** A code point of the general category (as {@link Character#getType(int)}), or any one if none found. */
    private static int ofCategory(RandomGenerator random, byte category) {
        for (int attempt = 0; attempt < 64; attempt++) {
            int c = random.nextInt(attempt < 32 ? 0x3000 : Character.MAX_CODE_POINT + 1);
            if (Character.getType(c) == category) {
                return c;
            }
        }
        return random.nextInt(Character.MAX_CODE_POINT + 1);
    }
}
