package fi.hoitomalli.plan;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import fi.hoitomalli.common.TextPolicy;

/**
 * Checks shared by the plan's records: texts may be empty but never null, and hold no character the text
 * policy rejects (no length limit); lists are copied.
 */
final class Texts {

    private Texts() {
    }

    /** A text that may be empty, with no character the text policy rejects (no length limit). */
    static String text(String value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        return TextPolicy.requireCharacters(TextPolicy.Kind.MULTI_LINE, value, Integer.MAX_VALUE, name);
    }

    /** A copy of a list of texts, each as {@link #text}. */
    static List<String> texts(List<String> values, String name) {
        List<String> copy = list(values, name);
        for (int i = 0; i < copy.size(); i++) {
            text(copy.get(i), name + " " + (i + 1));
        }
        return copy;
    }

    /** A text with a visible character and no character the text policy rejects (no length limit). */
    static String nonBlank(String value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        return TextPolicy.requireMultiLine(value, Integer.MAX_VALUE, name);
    }

    static <T> List<T> list(List<T> values, String name) {
        return ImmutableList.copyOf(Objects.requireNonNull(values, name + " must not be null"));
    }
}
