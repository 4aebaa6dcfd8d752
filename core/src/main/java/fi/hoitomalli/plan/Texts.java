package fi.hoitomalli.plan;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/** Checks shared by the plan's records: texts may be empty but never null, lists are copied. */
final class Texts {

    private Texts() {
    }

    static String text(String value, String name) {
        return Objects.requireNonNull(value, name + " must not be null");
    }

    static String nonBlank(String value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        checkArgument(!value.isBlank(), "%s must not be blank", name);
        return value;
    }

    static <T> List<T> list(List<T> values, String name) {
        return ImmutableList.copyOf(Objects.requireNonNull(values, name + " must not be null"));
    }
}
