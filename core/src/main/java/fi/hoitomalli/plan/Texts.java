package fi.hoitomalli.plan;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import fi.hoitomalli.common.TextPolicy;

/** Checks shared by the plan's records: texts may be empty but never null, lists are copied. */
final class Texts {

    private Texts() {
    }

    static String text(String value, String name) {
        return Objects.requireNonNull(value, name + " must not be null");
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
