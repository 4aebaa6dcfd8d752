package fi.hoitomalli.contact;

import fi.hoitomalli.calendar.Absence;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who keeps a secretary's call-back promises on a day (PH-7 applied to promises): during a <em>long</em>
 * absence ({@link Absence#isLong}) the substitute partner takes them over if she is present; during a
 * short absence, or when the partner is away too or there is none, they stay with the owner (the team's
 * overdue query shows them to the team lead). When the owner is back, unkept promises return to her.
 */
public final class PromiseHandover {

    private PromiseHandover() {
    }

    /** The secretary who holds the owner's promises on the day. */
    public static SecretaryId holderOn(SecretaryId owner, LocalDate day, ServiceTeam team, Absences absences,
                                       WorkingCalendar calendar) {
        Objects.requireNonNull(owner, "owner must not be null");
        Objects.requireNonNull(day, "day must not be null");
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(absences, "absences must not be null");
        Objects.requireNonNull(calendar, "calendar must not be null");
        Optional<Absence> away = absences.on(owner, day);
        if (away.isEmpty() || !away.get().isLong(calendar)) {
            return owner;
        }
        return team.partnerOf(owner).filter(partner -> !absences.isAbsent(partner, day)).orElse(owner);
    }

    /**
     * The promise as it is held on the day: unkept promises move to {@link #holderOn}; kept ones stay.
     */
    public static CallbackPromise onDay(CallbackPromise promise, LocalDate day, ServiceTeam team, Absences absences,
                                        WorkingCalendar calendar) {
        Objects.requireNonNull(promise, "promise must not be null");
        SecretaryId holder = holderOn(promise.terms().owner(), day, team, absences, calendar);
        return holder.equals(promise.terms().holder()) ? promise : promise.heldBy(holder);
    }

    /** {@link #onDay} for every promise, in the given order. */
    public static List<CallbackPromise> onDay(List<CallbackPromise> promises, LocalDate day, ServiceTeam team,
                                              Absences absences, WorkingCalendar calendar) {
        Objects.requireNonNull(promises, "promises must not be null");
        return promises.stream().map(p -> onDay(p, day, team, absences, calendar)).toList();
    }
}
