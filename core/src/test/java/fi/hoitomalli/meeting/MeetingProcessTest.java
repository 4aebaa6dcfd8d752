package fi.hoitomalli.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hoitomalli.common.IdSource;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.plan.ActionOrigin;
import fi.hoitomalli.plan.ActionStatus;
import fi.hoitomalli.plan.PlanAction;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.StaffId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MeetingProcessTest {

    private static final Encounter VISIT = new Encounter(new MeetingId("M-1"), EncounterKind.ANNUAL_CUSTOMER_MEETING,
            Optional.of(new SectorId("SIVI")), Participant.staff(new StaffId("L-1")),
            List.of(Participant.secretary(new SecretaryId("S-07"))), LocalDate.of(2027, 3, 12));

    private static MeetingProcess ok(Transition t) {
        assertThat(t).isInstanceOf(Transition.Accepted.class);
        return t.state();
    }

    private static MeetingProcess completeStage(MeetingProcess state) {
        MeetingProcess s = state;
        for (MeetingTask task : s.stage().tasks()) {
            s = ok(s.complete(task));
        }
        return s;
    }

    /** The state at the stage, reached by legal steps. */
    private static MeetingProcess at(MeetingStage stage) {
        MeetingProcess s = MeetingProcess.start(VISIT);
        while (s.stage() != stage) {
            s = ok(completeStage(s).advance());
        }
        return s;
    }

    @Test
    void table4_theProcessRunsThroughFiveStagesToClosed() {
        MeetingProcess s = MeetingProcess.start(VISIT);
        assertThat(s).isInstanceOf(MeetingProcess.FirstContact.class);
        s = ok(completeStage(s).advance());
        assertThat(s).isInstanceOf(MeetingProcess.Material.class);
        s = ok(s.advance());
        assertThat(s).isInstanceOf(MeetingProcess.Preparation.class);
        s = ok(completeStage(s).advance());
        assertThat(s).isInstanceOf(MeetingProcess.Meeting.class);
        s = ok(completeStage(s).advance());
        assertThat(s).isInstanceOf(MeetingProcess.Aftercare.class);
        s = ok(completeStage(s).advance());
        assertThat(s).isInstanceOf(MeetingProcess.Closed.class);
        assertThat(s.record().encounter()).isEqualTo(VISIT);
    }

    @Test
    void table4_eachStageHasItsChecklist() {
        assertThat(MeetingStage.FIRST_CONTACT.tasks())
                .containsExactly(MeetingTask.AGREE_MEETING_GOALS, MeetingTask.FIND_OUT_NEEDS);
        assertThat(MeetingStage.MATERIAL.tasks()).containsExactly(MeetingTask.COMPILE_MATERIAL,
                MeetingTask.DELIVER_MATERIAL);
        assertThat(MeetingStage.PREPARATION.tasks()).hasSize(3);
        assertThat(MeetingStage.MEETING.tasks()).hasSize(3);
        assertThat(MeetingStage.AFTERCARE.tasks()).hasSize(2);
        assertThat(MeetingStage.CLOSED.tasks()).isEmpty();
        assertThat(MeetingTask.FIND_OUT_NEEDS.label().in(Language.FI)).isEqualTo("selvitä asiakkaan tarpeet");
    }

    @ParameterizedTest
    @EnumSource(value = MeetingStage.class, names = {"FIRST_CONTACT", "PREPARATION", "MEETING", "AFTERCARE"})
    void advancingWithOpenRequiredTasksIsRejected(MeetingStage stage) {
        MeetingProcess s = at(stage);
        Transition t = s.advance();
        assertThat(t).isInstanceOfSatisfying(Transition.Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(Transition.Reason.OPEN_TASKS);
            assertThat(r.openTasks()).isEqualTo(stage.tasks());
            assertThat(r.state()).isEqualTo(s);
            assertThat(r.message().in(Language.EN)).contains(stage.tasks().get(0).label().en());
        });
        MeetingProcess oneDone = ok(s.complete(stage.tasks().get(0)));
        assertThat(((Transition.Rejected) oneDone.advance()).openTasks())
                .isEqualTo(stage.tasks().subList(1, stage.tasks().size()));
    }

    @Test
    void materialIsOptional() {
        assertThat(at(MeetingStage.MATERIAL).advance().state().stage()).isEqualTo(MeetingStage.PREPARATION);
    }

    @ParameterizedTest
    @EnumSource(MeetingStage.class)
    void aTaskOfAnotherStageIsRejected(MeetingStage stage) {
        MeetingProcess s = at(stage);
        for (MeetingTask task : MeetingTask.values()) {
            Transition t = s.complete(task);
            if (task.stage() == stage) {
                assertThat(t.state().done()).contains(task);
            } else {
                assertThat(t).isInstanceOfSatisfying(Transition.Rejected.class,
                        r -> assertThat(r.reason()).isEqualTo(Transition.Reason.TASK_OF_OTHER_STAGE));
                assertThat(t.state()).isEqualTo(s);
            }
        }
    }

    @Test
    void aClosedProcessCannotAdvance() {
        Transition t = at(MeetingStage.CLOSED).advance();
        assertThat(t).isInstanceOfSatisfying(Transition.Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(Transition.Reason.PROCESS_CLOSED);
            assertThat(r.message().in(Language.FI)).isEqualTo("tapaamisprosessi on jo päättynyt");
        });
    }

    @ParameterizedTest
    @EnumSource(MeetingStage.class)
    void needsFeedbackAndFollowUpsOnlyWhereTheyBelong(MeetingStage stage) {
        MeetingProcess s = at(stage);
        Set<MeetingStage> needs = Set.of(MeetingStage.FIRST_CONTACT, MeetingStage.MEETING);
        Set<MeetingStage> feedback = Set.of(MeetingStage.MEETING, MeetingStage.AFTERCARE);
        assertThat(s.recordNeed("substitute contracts").state().record().needs().size()).isEqualTo(
                needs.contains(stage) ? 1 : 0);
        assertThat(s.recordFeedback(new FeedbackNote(FeedbackNote.Tone.POSITIVE, "fast answers")).state().record()
                .feedback().size()).isEqualTo(feedback.contains(stage) ? 1 : 0);
        Transition followUp = s.agreeFollowUp(new FollowUp("info on contracts", "L-1", LocalDate.of(2027, 4, 30)));
        assertThat(followUp instanceof Transition.Accepted).isEqualTo(stage == MeetingStage.MEETING);
        if (followUp instanceof Transition.Rejected r) {
            assertThat(r.reason()).isEqualTo(Transition.Reason.NOT_ALLOWED_IN_STAGE);
        }
    }

    @Test
    void agreedFollowUpsBecomeAccountPlanActionsLinkedToTheMeeting() {
        MeetingProcess s = ok(at(MeetingStage.MEETING)
                .agreeFollowUp(new FollowUp("info on contracts", "L-1", LocalDate.of(2027, 4, 30))));
        List<PlanAction> actions = s.record().planActions(IdSource.sequential("A"));
        assertThat(actions).singleElement().satisfies(a -> {
            assertThat(a.id().value()).isEqualTo("A-1");
            assertThat(a.status()).isEqualTo(ActionStatus.PLANNED);
            assertThat(a.origin()).contains(ActionOrigin.meeting("M-1"));
            assertThat(a.owner()).isEqualTo("L-1");
        });
    }

    @Test
    void recordsSurviveStageChanges() {
        MeetingProcess s = ok(MeetingProcess.start(VISIT).recordNeed("faster contracts"));
        s = ok(completeStage(s).advance());
        assertThat(s.record().needs()).containsExactly("faster contracts");
        assertThat(s.done()).isEmpty();
    }

    @Test
    void encounterKindsCarryTheCadencesOfSection5() {
        assertThat(EncounterKind.ANNUAL_CUSTOMER_MEETING.minPerYear()).isEqualTo(1);
        assertThat(EncounterKind.ANNUAL_CUSTOMER_MEETING.maxPerYear()).isEqualTo(2);
        assertThat(EncounterKind.SECRETARY_VISIT.scope()).isEqualTo(EncounterScope.PER_SECRETARY);
        assertThat(EncounterKind.CUSTOMER_ACCOUNT_TEAM.minPerYear()).isEqualTo(3);
        assertThat(EncounterKind.CUSTOMER_ACCOUNT_TEAM.maxPerYear()).isEqualTo(4);
        assertThat(EncounterKind.ALL_CUSTOMERS_ACCOUNT_TEAM.scope()).isEqualTo(EncounterScope.UNIT);
        assertThat(EncounterKind.STEERING_GROUP.minPerYear()).isEqualTo(2);
        assertThat(EncounterKind.INFO_SESSION.asNeeded()).isTrue();
        assertThat(EncounterKind.CUSTOMER_ACCOUNT_TEAM.label().in(Language.SV)).isEqualTo("kundteamets möte");
    }

    @Test
    void aSectorEncounterNeedsItsSector() {
        assertThatThrownBy(() -> new Encounter(new MeetingId("M-2"), EncounterKind.CUSTOMER_ACCOUNT_TEAM,
                Optional.empty(), Participant.staff(new StaffId("L-1")), List.of(), LocalDate.of(2027, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(VISIT.everyone()).containsExactly(Participant.staff(new StaffId("L-1")),
                Participant.secretary(new SecretaryId("S-07")));
    }
}
