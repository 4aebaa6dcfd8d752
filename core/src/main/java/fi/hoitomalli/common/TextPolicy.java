package fi.hoitomalli.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The library's one policy for text from outside (tekstisääntö): which characters an id, a name or a
 * free text may hold and how long each may be. The input constraints ({@link Identifier}, {@link Name},
 * {@link PlainText}) and the domain records' constructors both ask this class, so that a value that
 * passes validation can always be built and stored.
 *
 * <p>Three kinds of text:
 * <ul>
 *   <li><b>Identifier</b> (ids and codes: customer, unit, sector, agreement, secretary, team, record
 *       ids): visible characters only, at most {@value #ID_MAX}. Rejected: every white space and space
 *       separator (U+0020, U+00A0, U+2003, U+3000, U+2028, tab, line breaks…), control characters,
 *       format characters (zero-width space U+200B, byte order mark U+FEFF, bidi controls…), other
 *       default-ignorable characters (variation selectors, Hangul fillers), private-use and unassigned
 *       code points, unpaired surrogates and noncharacters. Leading or trailing white space is white
 *       space like any other: {@code " S-1"} is not an id.</li>
 *   <li><b>Single-line text</b> (names at most {@value #NAME_MAX}, short texts such as an "other"
 *       reason at most {@value #LINE_MAX}): no control character at all (tab, line feed and
 *       carriage return included), no line or paragraph separator (U+2028, U+2029), no unpaired
 *       surrogate or noncharacter, and at least one visible character. Format characters inside a text
 *       (a zero-width joiner in an emoji, a soft hyphen) are allowed.</li>
 *   <li><b>Multi-line text</b> (free text at most {@value #TEXT_MAX}): as single-line text, but tab,
 *       line feed, carriage return followed by a line feed (CRLF, what browsers send) and the Unicode
 *       line and paragraph separators are allowed. A carriage return on its own is not.</li>
 * </ul>
 *
 * <p>Lengths are counted in UTF-16 code units ({@link String#length()}), as Jakarta Validation's
 * {@code @Size} counts them and as the database columns must hold them; a character outside the Basic
 * Multilingual Plane (an emoji) counts as two. Positions in the findings are 1-based and count code
 * points, as a person counts characters. Names and texts may begin or end with white space: the input
 * records strip it when they build the domain value; ids may not.
 *
 * <p>The character categories are those of the running Java (Java 17 knows Unicode 13.0): a character
 * that a later Unicode version assigns becomes acceptable in an id only on a Java that knows it.
 */
public final class TextPolicy {

    /** Longest id or code: customer, unit, sector, agreement, secretary, team, record ids. */
    public static final int ID_MAX = 64;
    /** Longest name of a person, unit or sector (in each language). */
    public static final int NAME_MAX = 200;
    /** Longest short single-line text, such as a feedback's "other" reason. */
    public static final int LINE_MAX = 200;
    /** Longest multi-line free text: a situation, a solution, a feedback, a note, an action. */
    public static final int TEXT_MAX = 4000;

    private static final String KEY = "fi.hoitomalli.common.text.";

    /** The kinds of text the policy knows. */
    public enum Kind {
        /** An id or code: visible characters only. */
        IDENTIFIER,
        /** A name or a short text on one line. */
        SINGLE_LINE,
        /** A free text that may span lines. */
        MULTI_LINE
    }

    /** What can be wrong with a text; each has its message key in the common bundle. */
    public enum Problem {
        /** Longer than the limit (arguments {@code length}, {@code max}). */
        TOO_LONG("tooLong"),
        /** Nothing but white space and invisible characters. */
        NO_VISIBLE_CHARACTER("noVisibleCharacter"),
        /** A control character (U+0000–U+001F, U+007F–U+009F) the kind does not allow. */
        CONTROL_CHARACTER("control"),
        /** A line break in a single-line text. */
        LINE_BREAK("lineBreak"),
        /** White space in an id. */
        WHITE_SPACE("whiteSpace"),
        /** A format, default-ignorable, private-use or unassigned character in an id. */
        INVISIBLE_CHARACTER("invisible"),
        /** An unpaired surrogate or a noncharacter: not a character that can be stored. */
        INVALID_CHARACTER("invalid");

        private final String key;

        Problem(String suffix) {
            this.key = KEY + suffix;
        }

        /** The message key, e.g. {@code fi.hoitomalli.common.text.control}. */
        public String key() {
            return key;
        }

        /** The problem whose message key this is, if any. */
        public static Optional<Problem> ofKey(String key) {
            for (Problem problem : values()) {
                if (problem.key.equals(key)) {
                    return Optional.of(problem);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One problem found in a text.
     *
     * @param problem what is wrong
     * @param position the 1-based code-point position of the offending character, 0 for a problem of the
     *     whole text (too long, nothing visible)
     * @param codePoint the offending character (a lone surrogate for an unpaired one), -1 for none
     * @param length the text's length in UTF-16 units
     * @param max the kind's limit that applied
     */
    public record Finding(Problem problem, int position, int codePoint, int length, int max) {
        public Finding {
            Objects.requireNonNull(problem, "problem must not be null");
        }

        /** The character as {@code U+0000}, empty when the finding is about the whole text. */
        public String character() {
            return codePoint < 0 ? "" : String.format(Locale.ROOT, "U+%04X", codePoint);
        }

        /** The message's arguments: {@code position}, {@code character}, {@code length}, {@code max}. */
        public Map<String, Object> arguments() {
            return Map.of("position", position, "character", character(), "length", length, "max", max);
        }

        /** The message in the given language, e.g. for an exception or a log line. */
        public String describe(Language language) {
            return Messages.text(problem.key(), arguments()).in(language);
        }
    }

    private TextPolicy() {
    }

    /**
     * Every problem of a text of the given kind: the first bad character (if any), too long (if so) and
     * — when no character is bad — nothing visible. Empty when the text is acceptable.
     *
     * @param kind the kind of text
     * @param value the text, not null
     * @param max the longest allowed length in UTF-16 units
     * @throws NullPointerException if kind or value is null
     */
    public static List<Finding> check(Kind kind, String value, int max) {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(value, "value must not be null");
        List<Finding> found = new ArrayList<>(2);
        Optional<Finding> character = firstBadCharacter(kind, value, max);
        character.ifPresent(found::add);
        if (value.length() > max) {
            found.add(new Finding(Problem.TOO_LONG, 0, -1, value.length(), max));
        }
        if (character.isEmpty() && !hasVisibleCharacter(value)) {
            found.add(new Finding(Problem.NO_VISIBLE_CHARACTER, 0, -1, value.length(), max));
        }
        return List.copyOf(found);
    }

    /** Whether {@link #check} finds nothing. */
    public static boolean isAcceptable(Kind kind, String value, int max) {
        return value != null && check(kind, value, max).isEmpty();
    }

    /** Whether the text is an acceptable id of at most {@link #ID_MAX} characters; false for null. */
    public static boolean isIdentifier(String value) {
        return isAcceptable(Kind.IDENTIFIER, value, ID_MAX);
    }

    /**
     * Whether nothing was typed: the text is empty or holds only spaces, tabs, line feeds and carriage
     * returns. The input constraints leave such a text to {@code @NotBlank} (a required field) or to the
     * input record, which reads it as "none" (an optional field).
     */
    public static boolean isNothingTyped(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * The value when it is an acceptable id; for the id records' constructors.
     *
     * @param value the id
     * @param what what the id is, for the message, e.g. {@code "customer id"}
     * @return the value
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if the policy rejects it (blank, white space, invisible or control
     *     characters, longer than {@link #ID_MAX})
     */
    public static String requireIdentifier(String value, String what) {
        return require(Kind.IDENTIFIER, value, ID_MAX, what);
    }

    /**
     * The value when it is an acceptable id of at most {@code max} characters; for ids made of other
     * ids with a prefix, such as {@code secretary:S-07}.
     *
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if the policy rejects it
     */
    public static String requireIdentifier(String value, int max, String what) {
        return require(Kind.IDENTIFIER, value, max, what);
    }

    /**
     * The value when it is an acceptable name of at most {@link #NAME_MAX} characters.
     *
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if the policy rejects it
     */
    public static String requireName(String value, String what) {
        return require(Kind.SINGLE_LINE, value, NAME_MAX, what);
    }

    /**
     * The value when it is an acceptable single-line text of at most {@code max} characters.
     *
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if the policy rejects it
     */
    public static String requireSingleLine(String value, int max, String what) {
        return require(Kind.SINGLE_LINE, value, max, what);
    }

    /**
     * The value when it is an acceptable multi-line text of at most {@code max} characters.
     *
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if the policy rejects it
     */
    public static String requireMultiLine(String value, int max, String what) {
        return require(Kind.MULTI_LINE, value, max, what);
    }

    /**
     * The value when it holds no character the policy rejects for the kind and is at most {@code max}
     * characters long. Unlike the other {@code require} methods it lets the value be empty or hold no
     * visible character: for texts that may be left empty, such as the answer to a feedback (emptied by
     * retention) or an account plan's optional texts.
     *
     * @throws NullPointerException if kind or value is null
     * @throws IllegalArgumentException if the policy rejects a character of it, or it is too long
     */
    public static String requireCharacters(Kind kind, String value, int max, String what) {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(value, what + " must not be null");
        check(kind, value, max).stream().filter(f -> f.problem() != Problem.NO_VISIBLE_CHARACTER).findFirst()
                .ifPresent(f -> {
                    throw new IllegalArgumentException(what + " " + f.describe(Language.EN));
                });
        return value;
    }

    private static String require(Kind kind, String value, int max, String what) {
        Objects.requireNonNull(value, what + " must not be null");
        List<Finding> found = check(kind, value, max);
        if (!found.isEmpty()) {
            // the value itself is not echoed: it holds the very characters that logs cannot show
            throw new IllegalArgumentException(what + " " + found.get(0).describe(Language.EN));
        }
        return value;
    }

    private static Optional<Finding> firstBadCharacter(Kind kind, String value, int max) {
        int position = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int next = i + Character.charCount(cp);
            position++;
            Problem problem = problemOf(kind, cp, value, next);
            if (problem != null) {
                return Optional.of(new Finding(problem, position, cp, value.length(), max));
            }
            i = next;
        }
        return Optional.empty();
    }

    /** The problem of one code point in its place, null when it is allowed. */
    private static Problem problemOf(Kind kind, int cp, String value, int next) {
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE || isNoncharacter(cp)) {
            return Problem.INVALID_CHARACTER;
        }
        if (kind == Kind.IDENTIFIER) {
            return identifierProblem(cp);
        }
        if (isLineBreak(cp)) {
            if (kind == Kind.SINGLE_LINE) {
                return Problem.LINE_BREAK;
            }
            boolean loneCarriageReturn = cp == '\r' && (next == value.length() || value.charAt(next) != '\n');
            return loneCarriageReturn ? Problem.CONTROL_CHARACTER : null;
        }
        if (isControl(cp) && !(kind == Kind.MULTI_LINE && cp == '\t')) {
            return Problem.CONTROL_CHARACTER;
        }
        return null;
    }

    private static Problem identifierProblem(int cp) {
        if (isControl(cp)) {
            return Character.isWhitespace(cp) ? Problem.WHITE_SPACE : Problem.CONTROL_CHARACTER;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return Problem.WHITE_SPACE;
        }
        return isInvisible(cp) ? Problem.INVISIBLE_CHARACTER : null;
    }

    /** Line feed, carriage return, and the Unicode line and paragraph separators. */
    private static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == '\u2028' || cp == '\u2029';
    }

    /** C0 and C1 controls and DEL: U+0000–U+001F, U+007F–U+009F. */
    private static boolean isControl(int cp) {
        return cp <= 0x1F || cp >= 0x7F && cp <= 0x9F;
    }

    /** U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE…). */
    private static boolean isNoncharacter(int cp) {
        return cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
    }

    /**
     * Characters that show no glyph of their own: format characters, private use, unassigned, and the
     * default-ignorable characters of other categories (Unicode's Default_Ignorable_Code_Point: combining
     * grapheme joiner, Hangul fillers, Khmer inherent vowels, Mongolian and other variation selectors).
     */
    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || isOtherDefaultIgnorable(cp);
    }

    private static boolean isOtherDefaultIgnorable(int cp) {
        return cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x17B4 || cp == 0x17B5
                || cp >= 0x180B && cp <= 0x180F || cp == 0x3164 || cp >= 0xFE00 && cp <= 0xFE0F || cp == 0xFFA0
                || cp >= 0xE0100 && cp <= 0xE01EF;
    }

    /** At least one character that is neither white space nor invisible nor a control. */
    private static boolean hasVisibleCharacter(String value) {
        return value.codePoints().anyMatch(cp -> !isControl(cp) && !Character.isWhitespace(cp)
                && !Character.isSpaceChar(cp) && !isInvisible(cp));
    }
}
