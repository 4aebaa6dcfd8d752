package fi.hoitomalli.calendar;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.team.SecretaryId;

/**
 * The absences of a group of secretaries, indexed by secretary. Overlapping absences of one secretary
 * are allowed (sick leave during training); {@link #on} returns the earliest-starting one.
 */
public final class Absences {

    private static final Absences NONE = new Absences(List.of());

    private final ImmutableList<Absence> all;
    private final ImmutableListMultimap<SecretaryId, Absence> bySecretary;

    private Absences(Collection<Absence> absences) {
        this.all = ImmutableList.sortedCopyOf(
                java.util.Comparator.comparing(Absence::from).thenComparing(a -> a.secretary().value()),
                absences);
        this.bySecretary = Multimaps.index(all, Absence::secretary);
    }

    /** No absences. */
    public static Absences none() {
        return NONE;
    }

    /** These absences. */
    public static Absences of(Collection<Absence> absences) {
        return new Absences(Objects.requireNonNull(absences, "absences must not be null"));
    }

    /** Every absence, by start date. */
    public List<Absence> all() {
        return all;
    }

    /** The absences of one secretary, by start date. */
    public List<Absence> of(SecretaryId secretary) {
        return bySecretary.get(secretary);
    }

    /** The absence of the secretary on the date, if any. */
    public Optional<Absence> on(SecretaryId secretary, LocalDate date) {
        return bySecretary.get(secretary).stream().filter(a -> a.covers(date)).findFirst();
    }

    /** Whether the secretary is away on the date. */
    public boolean isAbsent(SecretaryId secretary, LocalDate date) {
        return on(secretary, date).isPresent();
    }

    /** These absences plus one more. */
    public Absences with(Absence absence) {
        return new Absences(ImmutableList.<Absence>builder().addAll(all).add(absence).build());
    }
}
