package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.common.DuplicateRecordException;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.TextPolicy;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.CustomerSnapshot;
import fi.hoitomalli.customer.CustomerSnapshots;
import fi.hoitomalli.customer.Employee;
import fi.hoitomalli.customer.Executive;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.customer.ServiceCentreStatus;
import fi.hoitomalli.customer.Supervisor;
import fi.hoitomalli.forms.Closure;
import fi.hoitomalli.forms.CustomerSegment;
import fi.hoitomalli.forms.Escalation;
import fi.hoitomalli.forms.FeedbackChannel;
import fi.hoitomalli.forms.FeedbackDetails;
import fi.hoitomalli.forms.FeedbackEvent;
import fi.hoitomalli.forms.FeedbackId;
import fi.hoitomalli.forms.FeedbackKind;
import fi.hoitomalli.forms.FeedbackReason;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.FeedbackReports;
import fi.hoitomalli.forms.FollowUp;
import fi.hoitomalli.forms.Respondent;
import fi.hoitomalli.forms.Response;
import fi.hoitomalli.forms.ResponseMethod;
import fi.hoitomalli.forms.Review;
import fi.hoitomalli.forms.SituationDetails;
import fi.hoitomalli.forms.SituationEvent;
import fi.hoitomalli.forms.SituationId;
import fi.hoitomalli.forms.SituationReport;
import fi.hoitomalli.forms.SituationReports;
import fi.hoitomalli.forms.SituationTopic;
import fi.hoitomalli.forms.Transition;
import fi.hoitomalli.plan.AccountPlan;
import fi.hoitomalli.plan.AccountPlanVersion;
import fi.hoitomalli.plan.AccountPlans;
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
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;

/**
 * The stores under hostile text, each through its port: domain values are built from hostile ids, names
 * and texts — a constructor may refuse one with its documented {@link IllegalArgumentException}, which
 * is counted, and what it accepts must be what the text policy accepts — then recorded or saved, and
 * then changed (a lifecycle step, a new version). What a store takes reads back equal; what it refuses
 * (with its documented exception) leaves the state before it reading back unchanged. Nothing else may
 * escape: a storage exception for hostile text fails the try.
 */
final class HostileStoreChecks {

    private static final Actor MANAGEMENT = new Actor.ManagementGroup(FormsFixture.HEAD);
    private static final Instant T0 = Instant.parse("2027-03-15T08:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);

    private HostileStoreChecks() {
    }

    /** A value a constructor refused: the try ends there. */
    private static final class Refused extends Exception {
        Refused(IllegalArgumentException cause) {
            super(cause);
        }
    }

    /** Builds a domain value; a refusal of a constructor becomes {@link Refused}. */
    private static <T> T build(HostileDraw draw, Supplier<T> value) throws Refused {
        T built;
        try {
            built = value.get();
        } catch (IllegalArgumentException e) {
            throw new Refused(e);
        }
        assertPolicyHeld(draw);
        return built;
    }

    /** Every text a constructor accepted is one the text policy accepts for its field. */
    private static void assertPolicyHeld(HostileDraw draw) {
        for (HostileDraw.Field field : draw.fields()) {
            List<TextPolicy.Finding> findings = field.policyFindings();
            if (!findings.isEmpty()) {
                throw new AssertionError("a constructor accepted " + field.name() + " = \""
                        + HostileTexts.escape(field.value()) + "\", which the text policy rejects: "
                        + findings.get(0).describe(Language.EN));
            }
        }
    }

    private static HostileRun.Outcome constructorRefused() {
        return HostileRun.Outcome.refused("refused by a constructor");
    }

    // --- customer snapshots ----------------------------------------------------------------------------

    /** Saves hostile snapshots one after another: each becomes the latest, or leaves the latest as it was. */
    static final class Snapshots {
        private final CustomerSnapshots store;
        private CustomerSnapshot latest;

        Snapshots(CustomerSnapshots store) {
            this.store = store;
        }

        HostileRun.Outcome run(HostileDraw draw) {
            if (latest == null) {
                latest = new CustomerSnapshot("before", T0, plainBase());
                store.save(latest);
            }
            CustomerSnapshot snapshot;
            try {
                snapshot = build(draw, () -> new CustomerSnapshot(draw.unchecked("label",
                        CustomerSnapshot.MAX_LABEL_LENGTH), T0.plusSeconds(1 + draw.index()), base(draw)));
            } catch (Refused e) {
                return constructorRefused();
            }
            try {
                store.save(snapshot);
            } catch (IllegalArgumentException e) {
                CustomerSnapshotsContract.assertSameSnapshot(store.latest().orElseThrow(), latest);
                return HostileRun.Outcome.refused("refused by the store");
            }
            CustomerSnapshotsContract.assertSameSnapshot(store.latest().orElseThrow(), snapshot);
            latest = snapshot;
            return HostileRun.Outcome.accepted("saved");
        }
    }

    private static CustomerBase plainBase() {
        Sector sector = new Sector(new SectorId("S"), LocalizedText.same("Sektori"), true);
        OrgUnit unit = OrgUnit.root(new OrgUnitId("U"), sector.id(), "Yksikkö");
        return CustomerBase.of(OrgStructure.of(List.of(sector), List.of(unit)), List.of(new Employee(
                new CustomerId("C"), "Asiakas", unit.id(), new AgreementCode("KVTES"), Language.FI, Optional.empty(),
                Optional.empty())));
    }

    /** A customer base of one or two sectors, a few units and customers, every id and name hostile. */
    private static CustomerBase base(HostileDraw draw) {
        List<Sector> sectors = new ArrayList<>();
        for (int i = 0, n = 1 + draw.nextInt(2); i < n; i++) {
            String at = "sector[" + i + "].";
            sectors.add(new Sector(new SectorId(draw.id(at + "id")), new LocalizedText(draw.name(at + "fi"),
                    draw.name(at + "sv"), draw.name(at + "en")), draw.chance(50)));
        }
        List<OrgUnit> units = new ArrayList<>();
        for (int i = 0, n = 1 + draw.nextInt(3); i < n; i++) {
            String at = "unit[" + i + "].";
            SectorId sector = draw.pick(sectors).id();
            List<OrgUnit> sameSector = units.stream().filter(u -> u.sector().equals(sector)).toList();
            Optional<OrgUnitId> parent = !sameSector.isEmpty() && draw.chance(50)
                    ? Optional.of(draw.pick(sameSector).id()) : Optional.empty();
            units.add(new OrgUnit(new OrgUnitId(draw.id(at + "id")), sector, parent, draw.name(at + "name"),
                    draw.pick(List.of(ServiceCentreStatus.values()))));
        }
        List<Customer> customers = new ArrayList<>();
        List<CustomerId> bosses = new ArrayList<>();
        for (int i = 0, n = 1 + draw.nextInt(3); i < n; i++) {
            String at = "customer[" + i + "].";
            CustomerId id = new CustomerId(draw.id(at + "id"));
            String name = draw.name(at + "name");
            OrgUnitId unit = draw.pick(units).id();
            AgreementCode agreement = new AgreementCode(draw.id(at + "agreement"));
            Language language = draw.pick(List.of(Language.values()));
            Optional<EmailAddress> email = draw.chance(50) ? Optional.empty()
                    : Optional.of(new EmailAddress(draw.choice(at + "email", List.of("etu.suku@vantaa.fi"))));
            customers.add(switch (draw.pick(List.of(Role.values()))) {
                case SUPERVISOR -> {
                    bosses.add(id);
                    yield new Supervisor(id, name, unit, agreement, language, email,
                            new LinkedHashSet<>(List.of(draw.pick(units).id())));
                }
                case EXECUTIVE -> {
                    bosses.add(id);
                    yield new Executive(id, name, unit, agreement, language, email);
                }
                case EMPLOYEE -> new Employee(id, name, unit, agreement, language, email,
                        bosses.isEmpty() || draw.chance(50) ? Optional.empty() : Optional.of(draw.pick(bosses)));
            });
        }
        return CustomerBase.of(OrgStructure.of(sectors, units), customers);
    }

    // --- situation and feedback records ----------------------------------------------------------------

    /** Records hostile situations and reviews them with hostile text. */
    static final class Situations {
        private final SituationReports store;
        private final Map<SituationId, SituationReport> stored = new HashMap<>();

        Situations(SituationReports store) {
            this.store = store;
        }

        HostileRun.Outcome run(HostileDraw draw) {
            SituationReport.Recorded recorded;
            try {
                recorded = build(draw, () -> new SituationReport.Recorded(new SituationDetails(
                        new SituationId(draw.id("id")), new SecretaryId(draw.id("recorder")),
                        new TeamId(draw.choice("team", List.of("T-SIVI", "T-SOTE"))), DAY.plusDays(draw.nextInt(20)),
                        draw.chance(40) ? Optional.empty() : Optional.of(new CustomerId(draw.id("customer"))),
                        draw.pick(List.of(SituationTopic.values())), draw.chance(50),
                        draw.text("situation", TextPolicy.TEXT_MAX), draw.text("solution", TextPolicy.TEXT_MAX),
                        false)));
            } catch (Refused e) {
                return constructorRefused();
            }
            try {
                store.record(recorded);
            } catch (DuplicateRecordException e) {
                assertThat(stored).as("a duplicate id is one recorded before").containsKey(recorded.id());
                assertThat(store.find(MANAGEMENT, recorded.id())).as("the record of the duplicate id")
                        .contains(stored.get(recorded.id()));
                return HostileRun.Outcome.refused("duplicate id refused");
            }
            assertThat(stored).as("a new record of an id recorded before").doesNotContainKey(recorded.id());
            assertThat(store.find(MANAGEMENT, recorded.id())).as("the recorded situation read back").contains(recorded);
            stored.put(recorded.id(), recorded);
            Transition<SituationReport> review;
            try {
                review = build(draw, () -> recorded.apply(new SituationEvent.ReviewInMeeting(new Review(
                        recorded.details().date().plusDays(7), draw.optionalText("sharedSolution", TextPolicy.TEXT_MAX),
                        draw.chance(50) ? Optional.empty() : Optional.of(draw.pick(List.of(Escalation.values())))))));
            } catch (Refused e) {
                return HostileRun.Outcome.accepted("recorded, review refused by a constructor");
            }
            if (!review.accepted()) {
                return HostileRun.Outcome.accepted("recorded, review rejected by the lifecycle");
            }
            SituationReport reviewed = review.state();
            store.update(recorded, reviewed);
            assertThat(store.find(MANAGEMENT, recorded.id())).as("the reviewed situation read back").contains(reviewed);
            stored.put(recorded.id(), reviewed);
            return HostileRun.Outcome.accepted("recorded and reviewed");
        }
    }

    /** Records hostile feedback, answers it and closes it with hostile text. */
    static final class Feedback {
        private final FeedbackReports store;
        private final Map<FeedbackId, FeedbackReport> stored = new HashMap<>();

        Feedback(FeedbackReports store) {
            this.store = store;
        }

        HostileRun.Outcome run(HostileDraw draw) {
            FeedbackReport.Received received;
            try {
                received = build(draw, () -> {
                    FeedbackReason reason = draw.pick(List.of(FeedbackReason.values()));
                    LocalDate day = DAY.plusDays(draw.nextInt(20));
                    return new FeedbackReport.Received(new FeedbackDetails(new FeedbackId(draw.id("id")),
                            new SecretaryId(draw.id("recorder")),
                            new TeamId(draw.choice("team", List.of("T-SIVI", "T-SOTE"))), day,
                            draw.pick(List.of(FeedbackKind.values())), reason,
                            reason == FeedbackReason.OTHER
                                    ? Optional.of(draw.line("otherReason", TextPolicy.LINE_MAX)) : Optional.empty(),
                            draw.text("text", TextPolicy.TEXT_MAX), draw.pick(List.of(FeedbackChannel.values())),
                            draw.chance(40) ? Optional.empty() : Optional.of(new CustomerId(draw.id("customer"))),
                            new CustomerSegment(new SectorId(draw.id("sector")), draw.pick(List.of(Role.values())),
                                    draw.chance(30) ? Optional.empty()
                                            : Optional.of(new AgreementCode(draw.id("agreement")))),
                            day.plusDays(7), false));
                });
            } catch (Refused e) {
                return constructorRefused();
            }
            try {
                store.record(received);
            } catch (DuplicateRecordException e) {
                assertThat(stored).as("a duplicate id is one recorded before").containsKey(received.id());
                assertThat(store.find(MANAGEMENT, received.id())).as("the record of the duplicate id")
                        .contains(stored.get(received.id()));
                return HostileRun.Outcome.refused("duplicate id refused");
            }
            assertThat(stored).as("a new record of an id recorded before").doesNotContainKey(received.id());
            assertThat(store.find(MANAGEMENT, received.id())).as("the received feedback read back").contains(received);
            stored.put(received.id(), received);
            Transition<FeedbackReport> respond;
            Transition<FeedbackReport> close;
            try {
                respond = build(draw, () -> received.apply(new FeedbackEvent.Respond(new Response(
                        new Respondent.BySecretary(received.details().recorder()), received.details().received(),
                        draw.pick(List.of(ResponseMethod.values())),
                        draw.optionalText("response", TextPolicy.TEXT_MAX)))));
                close = build(draw, () -> respond.state().apply(new FeedbackEvent.Close(new Closure(
                        received.details().received().plusDays(1), draw.chance(30) ? Optional.empty()
                        : Optional.of(new FollowUp(draw.optionalText("followUp", TextPolicy.TEXT_MAX),
                                draw.chance(50) ? Optional.empty() : Optional.of(draw.id("planAction"))))))));
            } catch (Refused e) {
                return HostileRun.Outcome.accepted("received, answer refused by a constructor");
            }
            if (!respond.accepted() || !close.accepted()) {
                return HostileRun.Outcome.accepted("received, answer rejected by the lifecycle");
            }
            FeedbackReport responded = respond.state();
            FeedbackReport closed = close.state();
            store.update(received, responded);
            assertThat(store.find(MANAGEMENT, received.id())).as("the answered feedback read back").contains(responded);
            stored.put(received.id(), responded);
            store.update(responded, closed);
            assertThat(store.find(MANAGEMENT, received.id())).as("the closed feedback read back").contains(closed);
            stored.put(received.id(), closed);
            return HostileRun.Outcome.accepted("received, answered and closed");
        }
    }

    // --- account plans ---------------------------------------------------------------------------------

    /** Saves a hostile first version of a plan, then a hostile second one. */
    static final class Plans {
        private final AccountPlans store;

        Plans(AccountPlans store) {
            this.store = store;
        }

        HostileRun.Outcome run(HostileDraw draw) {
            Year year = Year.of(2000 + draw.index() % 1000);
            AccountPlanVersion first;
            try {
                first = build(draw, () -> new AccountPlanVersion(plan(draw, new SectorId(draw.id("sector")), year),
                        1, draw.unlimitedText("author", false), T0, draw.unlimitedText("reason", false)));
            } catch (Refused e) {
                return constructorRefused();
            }
            SectorId sector = first.plan().sector();
            try {
                store.save(first);
            } catch (IllegalArgumentException e) {
                assertThat(store.history(sector, year)).as("history after a refused first version").isEmpty();
                return HostileRun.Outcome.refused("refused by the store");
            }
            assertThat(store.current(sector, year)).as("the first version read back").contains(first);
            AccountPlanVersion second;
            try {
                second = build(draw, () -> new AccountPlanVersion(plan(draw, sector, year), 2,
                        draw.unlimitedText("author2", false), T0.plusSeconds(60), draw.unlimitedText("reason2", false)));
            } catch (Refused e) {
                return HostileRun.Outcome.accepted("saved, second version refused by a constructor");
            }
            try {
                store.save(second);
            } catch (IllegalArgumentException e) {
                assertThat(store.history(sector, year)).as("history after a refused second version")
                        .containsExactly(first);
                return HostileRun.Outcome.accepted("saved, second version refused by the store");
            }
            assertThat(store.history(sector, year)).as("both versions read back").containsExactly(first, second);
            return HostileRun.Outcome.accepted("saved two versions");
        }
    }

    /** A plan whose every text (all four sections, goals and actions) is hostile. */
    private static AccountPlan plan(HostileDraw draw, SectorId sector, Year year) {
        GeneralInformation general = new GeneralInformation(draw.unlimitedText("description", true),
                List.of(new StrategicChallenge(draw.unlimitedText("challenge", false),
                        List.of(draw.unlimitedText("opportunity", true)), List.of(draw.unlimitedText("threat", true)))),
                draw.unlimitedText("internalReadiness", true), draw.unlimitedText("strategy", true),
                List.of(draw.unlimitedText("developmentProject", true)));
        RelationshipDescription relationship = new RelationshipDescription(
                draw.unlimitedText("customerProcesses", true), draw.unlimitedText("offering", true),
                draw.unlimitedText("coupling", true), List.of(draw.unlimitedText("serviceUsed", true)),
                draw.unlimitedText("realisedSatisfaction", true),
                List.of(new KeyPerson(draw.unlimitedText("keyPerson", false), draw.unlimitedText("keyPersonRole", true),
                        draw.unlimitedText("keyPersonRelation", true))));
        Responsibilities responsibilities = new Responsibilities(draw.unlimitedText("accountManager", true),
                List.of(new AccountTeamMember(draw.unlimitedText("member", false), draw.unlimitedText("memberRole", true))),
                draw.unlimitedText("effort", true));
        GoalId goal = new GoalId(draw.id("goal"));
        SatisfactionGoal satisfaction = new SatisfactionGoal(goal, draw.unlimitedText("goalDescription", false),
                draw.chance(50) ? new Metric.PositiveFeedbackShare(MetricPeriod.HALF_YEAR)
                        : new Metric.HandEntered(draw.unlimitedText("metricName", false), draw.unlimitedText("metricUnit", true)),
                40.0, 60.0, draw.chance(50) ? Optional.empty() : Optional.of(new Measurement(50.0, DAY,
                        draw.line("basis", Measurement.MAX_BASIS))));
        PlanAction action = new PlanAction(new ActionId(draw.id("action")), draw.text("actionDescription",
                TextPolicy.TEXT_MAX), draw.name("owner"), DAY.plusMonths(2), draw.pick(List.of(ActionStatus.values())),
                draw.chance(50) ? Optional.of(goal) : Optional.empty(), draw.chance(50) ? Optional.empty()
                : Optional.of(ActionOrigin.feedback(draw.unlimitedText("origin", false))));
        return new AccountPlan(sector, year, general, relationship, responsibilities,
                new DevelopmentActions(List.of(satisfaction), List.of(action)));
    }
}
