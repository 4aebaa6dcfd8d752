package fi.hoitomalli.json;

/**
 * How a cell's text is shown inside a message: invisible characters (controls, format characters, line
 * and paragraph separators, every space but the plain one, unassigned code points) become {@code <U+2028>}
 * so that a reader sees why {@code P 100} is not {@code P100}, and a long value is cut with an ellipsis so
 * that one huge cell cannot blow up the report.
 */
final class CellText {

    /** At most this many code points of a value are shown. */
    static final int SHOWN_CODE_POINTS = 60;

    private CellText() {
    }

    static String shown(String value) {
        return shown(value, SHOWN_CODE_POINTS);
    }

    static String shown(String value, int maxCodePoints) {
        StringBuilder out = new StringBuilder();
        int[] codePoints = value.codePoints().limit(maxCodePoints + 1L).toArray();
        for (int i = 0; i < Math.min(codePoints.length, maxCodePoints); i++) {
            int cp = codePoints[i];
            if (isInvisible(cp)) {
                out.append(String.format("<U+%04X>", cp));
            } else {
                out.appendCodePoint(cp);
            }
        }
        return codePoints.length > maxCodePoints ? out.append('…').toString() : out.toString();
    }

    private static boolean isInvisible(int cp) {
        if (cp == ' ') {
            return false;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> true;
            default -> false;
        };
    }
}
