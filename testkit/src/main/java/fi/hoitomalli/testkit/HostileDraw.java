package fi.hoitomalli.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import fi.hoitomalli.common.TextPolicy;

/**
 * The values of one try of the hostile-input suite, all drawn from one seed: each text field is either raw
 * hostile text ({@link HostileTexts}: any character, edge cases, values around the limit) or a value the
 * text policy accepts that still holds the awkward characters (quotes, backslashes, emoji, right-to-left
 * and combining text, format characters inside a text). How often a field is raw depends on the try's
 * hostility, drawn first: some tries are harmless apart from their characters, some hostile throughout,
 * so that both outcomes — stored and refused — occur. Every value is noted with its field for the
 * failure message.
 */
final class HostileDraw {

    /** The share of raw fields, in percent, one of which each try draws. */
    private static final int[] HOSTILITY = {0, 0, 3, 10, 30, 100};

    /** The limit values are drawn around when a field has no limit of its own. */
    private static final int UNLIMITED_DRAW = 2_000;

    private static final Map<Integer, List<String>> EDGE_CASES = new HashMap<>();

    /** A field drawn: its name, its value, and the policy the domain documents for it (null: none). */
    record Field(String name, String value, TextPolicy.Kind kind, int max, boolean optional) {

        /** The problems the text policy finds in the value, as documented for the field; empty when none. */
        List<TextPolicy.Finding> policyFindings() {
            if (kind == null) {
                return List.of();
            }
            return TextPolicy.check(kind, value, max).stream()
                    .filter(f -> !(optional && f.problem() == TextPolicy.Problem.NO_VISIBLE_CHARACTER))
                    .toList();
        }
    }

    private final long seed;
    private final int index;
    private final SplittableRandom random;
    private final int hostility;
    private final List<Field> fields = new ArrayList<>();

    HostileDraw(long seed, int index) {
        this.seed = seed;
        this.index = index;
        this.random = new SplittableRandom(seed);
        this.hostility = HOSTILITY[random.nextInt(HOSTILITY.length)];
    }

    long seed() {
        return seed;
    }

    /** The try's place in its run (0 when a single seed is replayed): for values that must grow. */
    int index() {
        return index;
    }

    List<Field> fields() {
        return List.copyOf(fields);
    }

    /** An id (code): at most {@link TextPolicy#ID_MAX}, visible characters only. */
    String id(String field) {
        return text(field, TextPolicy.Kind.IDENTIFIER, TextPolicy.ID_MAX, 20, false);
    }

    /** A person's or a unit's name: single line, at most {@link TextPolicy#NAME_MAX}. */
    String name(String field) {
        return text(field, TextPolicy.Kind.SINGLE_LINE, TextPolicy.NAME_MAX, 40, false);
    }

    /** A single-line text of at most {@code max}. */
    String line(String field, int max) {
        return text(field, TextPolicy.Kind.SINGLE_LINE, max, 40, false);
    }

    /** A free, multi-line text of at most {@code max}. */
    String text(String field, int max) {
        return text(field, TextPolicy.Kind.MULTI_LINE, max, 120, false);
    }

    /** A multi-line text the domain lets be empty (a plan's text, an answer's text). */
    String optionalText(String field, int max) {
        return text(field, TextPolicy.Kind.MULTI_LINE, max, 120, true);
    }

    /**
     * A text the policy holds to its characters but to no length (an account plan's texts); drawn up to
     * a few thousand characters. Required ones must have a visible character.
     */
    String unlimitedText(String field, boolean optional) {
        return text(field, TextPolicy.Kind.MULTI_LINE, Integer.MAX_VALUE, 60, optional);
    }

    /** A value the domain does not hold to the text policy (a snapshot's label): only noted. */
    String unchecked(String field, int max) {
        return note(new Field(field, random.nextInt(100) < hostility ? raw(max, 40)
                : acceptable(TextPolicy.Kind.SINGLE_LINE, max, 40), null, max, false));
    }

    /**
     * One of the expected values (a known id, an allowed word), or — as often as the try's hostility says —
     * raw hostile text instead.
     */
    String choice(String field, List<String> expected) {
        String value = random.nextInt(100) < hostility ? raw(TextPolicy.ID_MAX, 20) : pick(expected);
        return note(new Field(field, value, null, 0, false));
    }

    /** Notes a value made from drawn ones (e.g. padded), with no policy of its own. */
    String noted(String field, String value) {
        return note(new Field(field, value, null, 0, false));
    }

    private String text(String field, TextPolicy.Kind kind, int max, int size, boolean optional) {
        String value = random.nextInt(100) < hostility ? raw(max, size) : acceptable(kind, max, size);
        return note(new Field(field, value, kind, max, optional));
    }

    private String note(Field field) {
        fields.add(field);
        return field.value();
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Raw hostile text: an edge case of the limit, a value around it, or any characters at all. */
    private String raw(int max, int size) {
        int limit = drawLimit(max);
        return switch (random.nextInt(4)) {
            case 0 -> pick(edgeCases(limit));
            case 1 -> HostileTexts.aroundLimit(random, limit);
            default -> HostileTexts.draw(random, size);
        };
    }

    private static int drawLimit(int max) {
        return max == Integer.MAX_VALUE ? UNLIMITED_DRAW : max;
    }

    private static synchronized List<String> edgeCases(int limit) {
        return EDGE_CASES.computeIfAbsent(limit, HostileTexts::edgeCases);
    }

    /**
     * A hostile draw with the characters the policy rejects taken out, so that what is left is accepted
     * and still awkward; now and then one as long as the limit allows.
     */
    private String acceptable(TextPolicy.Kind kind, int max, int size) {
        String drawn = random.nextInt(12) == 0
                ? HostileTexts.aroundLimit(random, drawLimit(max)) : HostileTexts.draw(random, size);
        StringBuilder kept = new StringBuilder();
        drawn.codePoints().filter(cp -> allowedAlone(kind, cp)).forEach(kept::appendCodePoint);
        // a carriage return is allowed only before a line feed
        String value = kept.toString().replaceAll("\r(?!\n)", "");
        if (!TextPolicy.isAcceptable(kind, value, max)) {
            value = "x" + value;
        }
        if (value.length() > max) {
            value = value.substring(0, Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max);
        }
        return TextPolicy.isAcceptable(kind, value, max) ? value : "x" + Integer.toString(random.nextInt(1 << 20), 36);
    }

    private static boolean allowedAlone(TextPolicy.Kind kind, int codePoint) {
        String alone = codePoint == '\r' ? "\r\n" : new String(Character.toChars(codePoint));
        return TextPolicy.check(kind, alone, Integer.MAX_VALUE).stream()
                .allMatch(f -> f.problem() == TextPolicy.Problem.NO_VISIBLE_CHARACTER);
    }

    /** The values of the try, escaped, for a failure message. */
    String describe() {
        StringBuilder out = new StringBuilder("seed ").append(seed).append(" (hostility ").append(hostility)
                .append("%), values:");
        for (Field field : fields) {
            out.append("\n    ").append(field.name()).append(" = \"").append(HostileTexts.escape(field.value()))
                    .append('"');
        }
        return out.toString();
    }
}
