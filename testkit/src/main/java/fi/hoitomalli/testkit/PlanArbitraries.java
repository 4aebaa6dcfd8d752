package fi.hoitomalli.testkit;

import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.meeting.Encounter;
import fi.hoitomalli.meeting.EncounterKind;
import fi.hoitomalli.meeting.EncounterScope;
import fi.hoitomalli.meeting.FeedbackNote;
import fi.hoitomalli.meeting.FollowUp;
import fi.hoitomalli.meeting.MeetingId;
import fi.hoitomalli.meeting.MeetingProcess;
import fi.hoitomalli.meeting.MeetingTask;
import fi.hoitomalli.meeting.Participant;
import fi.hoitomalli.meeting.Transition;
import fi.hoitomalli.plan.AccountPlan;
import fi.hoitomalli.plan.AccountPlanVersion;
import fi.hoitomalli.plan.AccountTeamMember;
import fi.hoitomalli.plan.ActionId;
import fi.hoitomalli.plan.ActionOrigin;
import fi.hoitomalli.plan.ActionStatus;
import fi.hoitomalli.plan.DevelopmentActions;
import fi.hoitomalli.plan.GeneralInformation;
import fi.hoitomalli.plan.GoalId;
import fi.hoitomalli.plan.KeyPerson;
import fi.hoitomalli.plan.Measurement;
import fi.hoitomalli.plan.Metric;
import fi.hoitomalli.plan.MetricPeriod;
import fi.hoitomalli.plan.PlanAction;
import fi.hoitomalli.plan.RelationshipDescription;
import fi.hoitomalli.plan.Responsibilities;
import fi.hoitomalli.plan.SatisfactionGoal;
import fi.hoitomalli.plan.StrategicChallenge;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * jqwik arbitraries for account plans and customer meetings: complete plans with consistent goal links,
 * plan versions, encounters and meeting processes at every stage (reached through legal transitions).
 * Registered as an {@link ArbitraryProvider}, so {@code @ForAll AccountPlan} works without annotations;
 * or use {@link PlanDomain}.
 */
public final class PlanArbitraries implements ArbitraryProvider {

    private static final List<Class<?>> PROVIDED = List.of(AccountPlan.class, AccountPlanVersion.class,
            SatisfactionGoal.class, PlanAction.class, Metric.class, Encounter.class, MeetingProcess.class);

    /** For ServiceLoader; use the static factories in code. */
    public PlanArbitraries() {
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return PROVIDED.stream().anyMatch(targetType::isOfType);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        Function<Class<?>, Arbitrary<?>> pick = type -> {
            if (type == AccountPlan.class) {
                return accountPlans();
            } else if (type == AccountPlanVersion.class) {
                return accountPlanVersions();
            } else if (type == SatisfactionGoal.class) {
                return goals().map(g -> g);
            } else if (type == PlanAction.class) {
                return actions(List.of()).map(a -> a);
            } else if (type == Metric.class) {
                return metrics();
            } else if (type == Encounter.class) {
                return encounters();
            }
            return meetingProcesses();
        };
        return PROVIDED.stream().filter(targetType::isOfType).findFirst().<Set<Arbitrary<?>>>map(
                t -> Set.of(pick.apply(t))).orElse(Set.of());
    }

    /** Short texts, possibly empty, with Finnish letters and XML/JSON-special characters. */
    public static Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzåäöÅÄÖ ABC-.,:;&<>\"'/€")
                .ofMaxLength(24);
    }

    /** Short non-blank texts. */
    public static Arbitrary<String> nonBlankTexts() {
        return texts().filter(s -> !s.isBlank());
    }

    /** Codes without white space, e.g. for ids. */
    public static Arbitrary<String> codes() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-").ofMinLength(1).ofMaxLength(8);
    }

    /** Sector ids, from a small pool so that plans of the same sector meet. */
    public static Arbitrary<SectorId> sectors() {
        return Arbitraries.of("SIVI", "SOTE", "TILA", "KEHA", "MAY", "VAPA").map(SectorId::new);
    }

    /** Plan years 2020–2035. */
    public static Arbitrary<Year> years() {
        return Arbitraries.integers().between(2020, 2035).map(Year::of);
    }

    /** Days of 2020–2035. */
    public static Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(2020, 1, 1).toEpochDay(), LocalDate.of(2035, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /** Metrics: positive-feedback shares over every period, and hand-entered ones. */
    public static Arbitrary<Metric> metrics() {
        Arbitrary<Metric> share = Arbitraries.of(MetricPeriod.class).map(Metric.PositiveFeedbackShare::new);
        Arbitrary<Metric> hand = Combinators.combine(nonBlankTexts(), Arbitraries.of("%", "1–5", ""))
                .as(Metric.HandEntered::new);
        return Arbitraries.oneOf(share, hand);
    }

    /** Finite metric values between 0 and 100 with up to one decimal. */
    public static Arbitrary<Double> values() {
        return Arbitraries.integers().between(0, 1000).map(i -> i / 10.0);
    }

    /** Measurements of a metric. */
    public static Arbitrary<Measurement> measurements() {
        return Combinators.combine(values(), dates(), nonBlankTexts()).as(Measurement::new);
    }

    /** Satisfaction goals with arbitrary ids. */
    public static Arbitrary<SatisfactionGoal> goals() {
        return codes().flatMap(code -> goal(new GoalId("G-" + code)));
    }

    private static Arbitrary<SatisfactionGoal> goal(GoalId id) {
        return Combinators.combine(nonBlankTexts(), metrics(), values(), values(), measurements().optional())
                .as((text, metric, baseline, target, current) ->
                        new SatisfactionGoal(id, text, metric, baseline, target, current));
    }

    /** Actions with arbitrary ids, each linked to one of the goals or to none. */
    public static Arbitrary<PlanAction> actions(List<GoalId> goals) {
        return codes().flatMap(code -> action(new ActionId("A-" + code), goals));
    }

    private static Arbitrary<PlanAction> action(ActionId id, List<GoalId> goals) {
        Arbitrary<Optional<GoalId>> link = goals.isEmpty() ? Arbitraries.just(Optional.empty())
                : Arbitraries.of(goals).optional();
        Arbitrary<Optional<ActionOrigin>> origin = Combinators.combine(
                Arbitraries.of(ActionOrigin.Kind.class), codes()).as(ActionOrigin::new).optional();
        return Combinators.combine(nonBlankTexts(), nonBlankTexts(), dates(), Arbitraries.of(ActionStatus.class), link,
                origin).as((text, owner, due, status, goal, from) -> new PlanAction(id, text, owner, due, status, goal,
                from));
    }

    /** Section 4 with 0–4 goals (ids G-1…) and 0–6 actions (ids A-1…) whose goal links are consistent. */
    public static Arbitrary<DevelopmentActions> developmentActions() {
        return Arbitraries.integers().between(0, 4).flatMap(goalCount -> {
            List<GoalId> ids = new ArrayList<>();
            List<Arbitrary<SatisfactionGoal>> goals = new ArrayList<>();
            for (int i = 1; i <= goalCount; i++) {
                GoalId id = new GoalId("G-" + i);
                ids.add(id);
                goals.add(goal(id));
            }
            return Arbitraries.integers().between(0, 6).flatMap(actionCount -> {
                List<Arbitrary<PlanAction>> actions = new ArrayList<>();
                for (int i = 1; i <= actionCount; i++) {
                    actions.add(action(new ActionId("A-" + i), ids));
                }
                return Combinators.combine(Combinators.combine(goals).as(List::copyOf),
                        Combinators.combine(actions).as(List::copyOf)).as(DevelopmentActions::new);
            });
        });
    }

    /** Section 1. */
    public static Arbitrary<GeneralInformation> generalInformation() {
        Arbitrary<StrategicChallenge> challenge = Combinators.combine(nonBlankTexts(), texts().list().ofMaxSize(2),
                texts().list().ofMaxSize(2)).as(StrategicChallenge::new);
        return Combinators.combine(texts(), challenge.list().ofMaxSize(2), texts(), texts(),
                texts().list().ofMaxSize(3)).as(GeneralInformation::new);
    }

    /** Section 2. */
    public static Arbitrary<RelationshipDescription> relationships() {
        Arbitrary<KeyPerson> person = Combinators.combine(nonBlankTexts(), texts(), texts()).as(KeyPerson::new);
        return Combinators.combine(texts(), texts(), texts(), texts().list().ofMaxSize(3), texts(),
                person.list().ofMaxSize(2)).as(RelationshipDescription::new);
    }

    /** Section 3. */
    public static Arbitrary<Responsibilities> responsibilities() {
        Arbitrary<AccountTeamMember> member = Combinators.combine(nonBlankTexts(), texts()).as(AccountTeamMember::new);
        return Combinators.combine(texts(), member.list().ofMaxSize(3), texts()).as(Responsibilities::new);
    }

    /** Complete account plans with all four sections. */
    public static Arbitrary<AccountPlan> accountPlans() {
        return Combinators.combine(sectors(), years(), generalInformation(), relationships(), responsibilities(),
                developmentActions()).as(AccountPlan::new);
    }

    /** Stored plan versions. */
    public static Arbitrary<AccountPlanVersion> accountPlanVersions() {
        Arbitrary<Instant> times = Arbitraries.longs().between(1_577_836_800L, 2_082_758_399L)
                .map(Instant::ofEpochSecond);
        return Combinators.combine(accountPlans(), Arbitraries.longs().between(1, 500), nonBlankTexts(), times,
                nonBlankTexts()).as(AccountPlanVersion::new);
    }

    /** Participants of the kinds the library makes (secretaries, staff, groups). */
    public static Arbitrary<Participant> participants() {
        return Combinators.combine(Arbitraries.of("secretary:", "staff:", "group:", "customer:"), codes())
                .as((kind, code) -> new Participant(kind + code));
    }

    /** Encounters of every kind; kinds counted per sector always name one. */
    public static Arbitrary<Encounter> encounters() {
        return Arbitraries.of(EncounterKind.class).flatMap(kind -> {
            Arbitrary<Optional<SectorId>> sector = kind.scope() == EncounterScope.PER_SECTOR
                    ? sectors().map(Optional::of) : sectors().optional();
            return Combinators.combine(codes().map(c -> new MeetingId("M-" + c)), sector, participants(),
                            participants().set().ofMaxSize(4), dates())
                    .as((id, s, owner, others, date) -> new Encounter(id, kind, s, owner,
                            others.stream().filter(p -> !p.equals(owner)).sorted(
                                    java.util.Comparator.comparing(Participant::value)).toList(), date));
        });
    }

    /**
     * Meeting processes at every stage, reached from {@link MeetingProcess#start} by legal steps: all
     * required tasks ticked, needs, feedback and follow-ups recorded where allowed.
     */
    public static Arbitrary<MeetingProcess> meetingProcesses() {
        Arbitrary<FeedbackNote> note = Combinators.combine(Arbitraries.of(FeedbackNote.Tone.class), nonBlankTexts())
                .as(FeedbackNote::new);
        Arbitrary<FollowUp> followUp = Combinators.combine(nonBlankTexts(), nonBlankTexts(), dates()).as(FollowUp::new);
        return Combinators.combine(encounters(), Arbitraries.integers().between(0, 5), nonBlankTexts().list().ofMaxSize(2),
                        note.list().ofMaxSize(2), followUp.list().ofMaxSize(2), Arbitraries.integers().between(0, 2))
                .as((encounter, stages, needs, notes, followUps, extraTicks) -> {
                    MeetingProcess state = MeetingProcess.start(encounter);
                    for (int i = 0; i < stages; i++) {
                        state = fill(state, needs, notes, followUps);
                        for (MeetingTask task : state.stage().tasks()) {
                            state = accepted(state.complete(task));
                        }
                        state = accepted(state.advance());
                    }
                    List<MeetingTask> tasks = state.stage().tasks();
                    for (int i = 0; i < Math.min(extraTicks, tasks.size()); i++) {
                        state = accepted(state.complete(tasks.get(i)));
                    }
                    return state;
                });
    }

    private static MeetingProcess fill(MeetingProcess state, List<String> needs, List<FeedbackNote> notes,
                                       List<FollowUp> followUps) {
        MeetingProcess result = state;
        switch (state.stage()) {
            case FIRST_CONTACT -> {
                for (String need : needs) {
                    result = accepted(result.recordNeed(need));
                }
            }
            case MEETING -> {
                for (FeedbackNote n : notes) {
                    result = accepted(result.recordFeedback(n));
                }
                for (FollowUp f : followUps) {
                    result = accepted(result.agreeFollowUp(f));
                }
            }
            default -> {
            }
        }
        return result;
    }

    private static MeetingProcess accepted(Transition transition) {
        if (transition instanceof Transition.Accepted accepted) {
            return accepted.state();
        }
        throw new IllegalStateException("a legal step was rejected: " + transition);
    }

    /** The same text tagged with the language in fi, sv and en, e.g. {@code "x (fi)"}. */
    public static LocalizedText localizedTextsFixed(String text) {
        return new LocalizedText(text + " (fi)", text + " (sv)", text + " (en)");
    }

    /** Texts in fi, sv and en. */
    public static Arbitrary<LocalizedText> localizedTexts() {
        return Combinators.combine(nonBlankTexts(), nonBlankTexts(), nonBlankTexts()).as(LocalizedText::new);
    }
}
