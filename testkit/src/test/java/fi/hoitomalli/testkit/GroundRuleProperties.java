package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hoitomalli.calendar.Absence;
import fi.hoitomalli.calendar.AbsenceKind;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.contact.CallbackPromise;
import fi.hoitomalli.contact.Decision;
import fi.hoitomalli.contact.GroundRule;
import fi.hoitomalli.contact.Inquiry;
import fi.hoitomalli.contact.Knowledge;
import fi.hoitomalli.contact.PromiseHandover;
import fi.hoitomalli.contact.ResponseTimePolicy;
import fi.hoitomalli.contact.Routing;
import fi.hoitomalli.team.EscalationLevel;
import fi.hoitomalli.team.SecretaryId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;

/** Invariants of the ground rules, the response time and the promise handover. */
@Domain(ContactDomain.class)
@Domain(DomainContext.Global.class)
class GroundRuleProperties {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.vantaaDefault();
    private static final ResponseTimePolicy POLICY = ResponseTimePolicy.vantaaDefault();

    @Property(tries = 300)
    void everyInquiryGetsExactlyOneDecisionMadeByTheFirstApplicableRule(@ForAll Inquiry inquiry) {
        Decision decision = ContactArbitraries.sampleRouting().decide(inquiry);
        List<GroundRule> applicable = Routing.applicableRules(inquiry);

        assertThat(applicable).isNotEmpty().endsWith(GroundRule.GR_2);
        assertThat(decision.rule()).isEqualTo(applicable.get(0));
        assertThat(decision.rule().appliesTo(inquiry)).isTrue();
        assertThat(ContactArbitraries.sampleRouting().decide(inquiry)).isEqualTo(decision);
        boolean promises = decision instanceof Decision.CallBack || decision instanceof Decision.Escalate;
        assertThat(decision.promiseMade().isPresent()).isEqualTo(promises);
    }

    @Property(tries = 300)
    void escalationAlwaysMovesOneLevelUpTheChainAndEnds(@ForAll Inquiry start,
                                                         @ForAll @Size(3) List<Knowledge> knowledgeAbove) {
        Routing routing = ContactArbitraries.sampleRouting();
        Inquiry inquiry = start;
        Decision decision = routing.decide(inquiry);
        int escalations = 0;
        while (decision instanceof Decision.Escalate escalate) {
            assertThat(escalate.from()).isEqualTo(inquiry.level());
            assertThat(escalate.to().ordinal()).isEqualTo(inquiry.level().ordinal() + 1);
            inquiry = inquiry.escalatedTo(escalate.to(), knowledgeAbove.get(escalations));
            escalations++;
            decision = routing.decide(inquiry);
        }
        assertThat(escalations).isLessThanOrEqualTo(EscalationLevel.LABOUR_MARKET_LAWYER.ordinal() - start.level().ordinal());
        assertThat(decision).isNotInstanceOf(Decision.Escalate.class);
    }

    @Property(tries = 300)
    void promisesAreDueExactlyTheResponseTimeLaterInWorkingHours(@ForAll Inquiry inquiry) {
        Decision decision = ContactArbitraries.sampleRouting().decide(inquiry);
        Duration expected = decision instanceof Decision.Escalate ? POLICY.escalatedAnswerTime() : POLICY.answerTime();

        decision.promiseMade().ifPresent(promise -> {
            assertThat(promise.terms().madeAt()).isEqualTo(inquiry.receivedAt());
            assertThat(promise.terms().owner()).isEqualTo(inquiry.secretary());
            assertThat(POLICY.workingTimeBetween(inquiry.receivedAt(), promise.terms().due(), CALENDAR))
                    .isEqualTo(expected);
        });
    }

    @Property(tries = 300)
    void dueAtAndWorkingTimeBetweenAreInverseAcrossHolidaysAndDst(@ForAll Instant from, @ForAll Duration workingTime) {
        Instant due = POLICY.dueAt(from, workingTime, CALENDAR);

        assertThat(due).isAfterOrEqualTo(from);
        assertThat(POLICY.workingTimeBetween(from, due, CALENDAR)).isEqualTo(workingTime);
        LocalDate dueDay = due.atZone(CALENDAR.zone()).toLocalDate();
        assertThat(CALENDAR.isWorkingDay(dueDay)).isTrue();
    }

    @Property(tries = 300)
    void promisesPassToThePartnerOnlyDuringALongAbsence(@ForAll CallbackPromise.Open promise,
                                                         @ForAll @IntRange(min = 0, max = 12) int startOffset,
                                                         @ForAll @IntRange(min = 0, max = 9) int length,
                                                         @ForAll @IntRange(min = 0, max = 20) int dayOffset) {
        SecretaryId owner = promise.terms().owner();
        LocalDate base = LocalDate.of(2027, 3, 1);
        Absence absence = new Absence(owner, base.plusDays(startOffset), base.plusDays(startOffset + length),
                AbsenceKind.SICK_LEAVE);
        LocalDate day = base.plusDays(dayOffset);

        CallbackPromise held = PromiseHandover.onDay(promise, day, ContactArbitraries.sampleTeam(),
                Absences.of(List.of(absence)), CALENDAR);

        boolean handedOver = absence.covers(day) && absence.isLong(CALENDAR)
                && ContactArbitraries.sampleTeam().partnerOf(owner).isPresent();
        SecretaryId expected = handedOver ? ContactArbitraries.sampleTeam().partnerOf(owner).orElseThrow() : owner;
        assertThat(held.terms().holder()).isEqualTo(expected);
        assertThat(held.terms()).isEqualTo(promise.terms().heldBy(expected));
    }
}
