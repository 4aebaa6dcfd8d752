package fi.hoitomalli.contact;

import static fi.hoitomalli.contact.Fixtures.S1;
import static fi.hoitomalli.contact.Fixtures.S2;
import static fi.hoitomalli.contact.Fixtures.SERVICE_TEAM;
import static fi.hoitomalli.contact.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import fi.hoitomalli.calendar.Absence;
import fi.hoitomalli.calendar.AbsenceKind;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Call-back promises: the state machine and the handover to the partner during long absences (PH-7). */
class CallbackPromiseTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.vantaaDefault();
    private final CallbackPromise.Open open = new CallbackPromise.Open(new PromiseTerms(new PromiseId("P-1"),
            new InquiryId("I-1"), Optional.empty(), Fixtures.TEAM, S1, S1, at("2027-02-03T10:00"),
            at("2027-02-04T10:00")));

    @Test
    void openPromiseKeptInTimeIsKeptOnTime() {
        PromiseTransition transition = open.keep(at("2027-02-04T09:00"));

        CallbackPromise.Kept kept = (CallbackPromise.Kept) ((PromiseTransition.Moved) transition).next();
        assertThat(kept.onTime()).isTrue();
        assertThat(kept.keptAt()).isEqualTo(at("2027-02-04T09:00"));
        assertThat(kept.isOverdueAt(at("2027-03-01T00:00"))).isFalse();
    }

    @Test
    void openPromiseIsOverdueOnlyAfterItsDueInstantAndCanThenBeMarkedBroken() {
        assertThat(open.isOverdueAt(at("2027-02-04T10:00"))).isFalse();
        assertThat(open.markBroken(at("2027-02-04T10:00"))).isInstanceOf(PromiseTransition.Rejected.class);

        PromiseTransition transition = open.markBroken(at("2027-02-04T10:01"));

        CallbackPromise broken = ((PromiseTransition.Moved) transition).next();
        assertThat(broken).isInstanceOf(CallbackPromise.Broken.class);
        assertThat(broken.isOverdueAt(at("2027-02-04T10:01"))).isTrue();
    }

    @Test
    void brokenPromiseCanStillBeKeptLateButNotBrokenTwice() {
        CallbackPromise broken = ((PromiseTransition.Moved) open.markBroken(at("2027-02-05T08:00"))).next();

        assertThat(broken.markBroken(at("2027-02-06T08:00"))).isInstanceOf(PromiseTransition.Rejected.class);
        CallbackPromise.Kept kept = (CallbackPromise.Kept) ((PromiseTransition.Moved) broken.keep(at("2027-02-05T09:00"))).next();
        assertThat(kept.onTime()).isFalse();
    }

    @Test
    void keptPromiseRejectsEveryTransitionAndKeepsItsState() {
        CallbackPromise kept = ((PromiseTransition.Moved) open.keep(at("2027-02-03T11:00"))).next();

        PromiseTransition again = kept.keep(at("2027-02-03T12:00"));
        assertThat(again).isInstanceOf(PromiseTransition.Rejected.class);
        assertThat(((PromiseTransition.Rejected) again).current()).isEqualTo(kept);
        assertThat(((PromiseTransition.Rejected) again).reason().fi()).isNotBlank();
        assertThat(kept.markBroken(at("2027-03-01T00:00"))).isInstanceOf(PromiseTransition.Rejected.class);
        assertThat(open.keep(at("2027-02-03T09:00"))).isInstanceOf(PromiseTransition.Rejected.class);
    }

    @Test
    void ph7_promisesPassToThePartnerDuringALongAbsence() {
        // Mon 8 – Fri 12 Feb 2027: five working days, long
        Absences absences = Absences.of(List.of(new Absence(S1, LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 12),
                AbsenceKind.SICK_LEAVE)));

        CallbackPromise during = PromiseHandover.onDay(open, LocalDate.of(2027, 2, 9), SERVICE_TEAM, absences, CALENDAR);

        assertThat(during.terms().holder()).isEqualTo(S2);
        assertThat(during.terms().owner()).isEqualTo(S1);
        CallbackPromise after = PromiseHandover.onDay(during, LocalDate.of(2027, 2, 15), SERVICE_TEAM, absences, CALENDAR);
        assertThat(after.terms().holder()).isEqualTo(S1);
    }

    @Test
    void ph7_promisesStayWithTheOwnerDuringAShortAbsence() {
        // Thu 4 – Sun 7 Feb 2027: two working days (Thu, Fri), so the absence is short
        Absences absences = Absences.of(List.of(new Absence(S1, LocalDate.of(2027, 2, 4), LocalDate.of(2027, 2, 7),
                AbsenceKind.TRAINING)));

        CallbackPromise during = PromiseHandover.onDay(open, LocalDate.of(2027, 2, 5), SERVICE_TEAM, absences, CALENDAR);

        assertThat(during).isEqualTo(open);
    }

    @Test
    void ph7_promisesStayWithTheOwnerWhenThePartnerIsAwayToo() {
        Absences absences = Absences.of(List.of(
                new Absence(S1, LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 19), AbsenceKind.ANNUAL_LEAVE),
                new Absence(S2, LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 10), AbsenceKind.OTHER)));

        assertThat(PromiseHandover.holderOn(S1, LocalDate.of(2027, 2, 9), SERVICE_TEAM, absences, CALENDAR)).isEqualTo(S2);
        assertThat(PromiseHandover.holderOn(S1, LocalDate.of(2027, 2, 10), SERVICE_TEAM, absences, CALENDAR)).isEqualTo(S1);
    }

    @Test
    void keptPromisesAreNotHandedOver() {
        CallbackPromise kept = ((PromiseTransition.Moved) open.keep(at("2027-02-03T11:00"))).next();
        Absences absences = Absences.of(List.of(new Absence(S1, LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 12),
                AbsenceKind.SICK_LEAVE)));

        assertThat(PromiseHandover.onDay(kept, LocalDate.of(2027, 2, 9), SERVICE_TEAM, absences, CALENDAR)).isEqualTo(kept);
    }
}
