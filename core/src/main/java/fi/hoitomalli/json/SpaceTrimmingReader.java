package fi.hoitomalli.json;

import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/**
 * Takes the spaces (U+0020, nothing else) around each CSV value out of the text before the parser reads
 * it: before and after a bare value, and before and after the quotation marks of a quoted one; a quoted
 * value keeps every character inside its quotes. The parser's own trimming would also drop tabs, NUL and
 * every other control character at the edges of a bare value, so that {@code KVTES<U+0001>} would be
 * read as {@code KVTES} and a bad character would pass unseen; here such a character stays in the value,
 * where the import's checks report it. Line breaks are kept, so the parser's line numbers stay right.
 */
final class SpaceTrimmingReader extends Reader {

    private enum State {
        /** At the start of a value: spaces here are dropped. */
        VALUE_START,
        /** Inside a bare value: spaces are held back until something else follows. */
        BARE,
        /** Inside quotes. */
        QUOTED,
        /** Just after a quotation mark inside quotes: the closing one, or the first of a doubled one. */
        QUOTE,
        /** After the closing quotation mark: spaces here are dropped. */
        AFTER_QUOTED
    }

    private final Reader in;
    private final char[] input = new char[8192];
    private final StringBuilder output = new StringBuilder(8192);
    private int served;
    private State state = State.VALUE_START;
    private int heldSpaces;
    private boolean ended;

    SpaceTrimmingReader(Reader in) {
        this.in = Objects.requireNonNull(in, "in must not be null");
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        while (served == output.length()) {
            if (ended) {
                return -1;
            }
            output.setLength(0);
            served = 0;
            int n = in.read(input, 0, input.length);
            if (n < 0) {
                // spaces held at the end of the text trail the last value
                ended = true;
                continue;
            }
            for (int i = 0; i < n; i++) {
                accept(input[i]);
            }
        }
        int n = Math.min(length, output.length() - served);
        output.getChars(served, served + n, buffer, offset);
        served += n;
        return n;
    }

    private void accept(char c) {
        switch (state) {
            case VALUE_START -> {
                if (c == ' ') {
                    return;
                }
                output.append(c);
                state = c == '"' ? State.QUOTED : isEndOfValue(c) ? State.VALUE_START : State.BARE;
            }
            case BARE -> {
                if (c == ' ') {
                    heldSpaces++;
                    return;
                }
                if (isEndOfValue(c)) {
                    state = State.VALUE_START;
                } else {
                    output.append(" ".repeat(heldSpaces));
                }
                heldSpaces = 0;
                output.append(c);
            }
            case QUOTED -> {
                output.append(c);
                if (c == '"') {
                    state = State.QUOTE;
                }
            }
            case QUOTE, AFTER_QUOTED -> {
                if (c == ' ') {
                    state = State.AFTER_QUOTED;
                    return;
                }
                if (state == State.AFTER_QUOTED && !isEndOfValue(c)) {
                    // keep the gap, so that the parser sees text after a closing quote, not a doubled quote
                    output.append(' ');
                }
                output.append(c);
                if (c == '"' && state == State.QUOTE) {
                    state = State.QUOTED;
                } else {
                    // a separator, a line break, or text after the closing quote, which the parser reports
                    state = isEndOfValue(c) ? State.VALUE_START : State.BARE;
                }
            }
        }
    }

    private static boolean isEndOfValue(char c) {
        return c == ',' || c == '\n' || c == '\r';
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
