package fi.hoitomalli.phone;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.common.LocalizedText;

/**
 * Why a team cannot be scheduled: the rules that conflict (e.g. {@code PH-4} and {@code PH-5}), the
 * weekday (empty when the same start holds all week) and a localised explanation with the numbers.
 * Relaxing all named rules (see {@link PhoneScheduler#relaxing}) removes the conflict.
 *
 * @param rules the rule ids, at least one
 * @param day the weekday, or empty for the whole week
 * @param message the explanation
 */
public record Conflict(List<String> rules, Optional<DayOfWeek> day, LocalizedText message) {
    public Conflict {
        rules = ImmutableList.copyOf(Objects.requireNonNull(rules, "rules must not be null"));
        checkArgument(!rules.isEmpty(), "a conflict names at least one rule");
        Objects.requireNonNull(day, "day must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }
}
