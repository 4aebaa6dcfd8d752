package fi.hoitomalli.testkit;

import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.plan.AccountPlan;
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
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * A complete example account plan (every section and kind of field filled in), for contract tests of
 * {@link fi.hoitomalli.plan.AccountPlans} implementations and for demos.
 */
public final class SamplePlans {

    /** The feedback-share goal of the sample plan. */
    public static final GoalId FEEDBACK_GOAL = new GoalId("G-1");
    /** The survey goal of the sample plan (entered by hand). */
    public static final GoalId SURVEY_GOAL = new GoalId("G-2");
    /** The sample plan's first action (planned, linked to the feedback goal and to a feedback record). */
    public static final ActionId FIRST_ACTION = new ActionId("A-1");
    /** The sample plan's second action (in progress, linked to a meeting). */
    public static final ActionId SECOND_ACTION = new ActionId("A-2");

    private SamplePlans() {
    }

    /** Sivistystoimi's (education) account plan for 2027 with all four sections of Table 5 filled in. */
    public static AccountPlan sivistystoimi2027() {
        GeneralInformation general = new GeneralInformation(
                "Sivistystoimi: varhaiskasvatus, perusopetus ja lukiot; 5402 työntekijää.",
                List.of(new StrategicChallenge("Sijaisten suuri määrä",
                        List.of("Palvelukseenotto sähköisesti"), List.of("Palkkavirheet kiireessä"))),
                "Henkilöstöyksikkö tuntee palvelukeskusmallin.",
                "Sähköiset palvelut esimiehille",
                List.of("Sijaisrekisteri", "HR-työpöydän käyttöönotto"));
        RelationshipDescription relationship = new RelationshipDescription(
                "Rekrytointi, sijaisuudet, lukuvuoden vaihde",
                "Palvelussuhde- ja palkkapalvelut yhden käsittelijän mallilla",
                "Lukuvuoden alun sopimukset ajoitetaan elokuulle",
                List.of("Palvelussuhdepalvelut", "Palkkapalvelut"),
                "Kysely 2026: 41,5 % melko asiantuntevaa ja nopeaa palvelua",
                List.of(new KeyPerson("Maija Meikäläinen", "henkilöstöpäällikkö", "asiakkuustiimin puheenjohtaja")));
        Responsibilities responsibilities = new Responsibilities("Tiimi T1:n lähiesimies",
                List.of(new AccountTeamMember("Maija Meikäläinen", "toimialan henkilöstöpäällikkö"),
                        new AccountTeamMember("Teppo Tiiminvetäjä", "lähiesimies")),
                "4 asiakkuustiimiä ja 2 vierailua sihteeriä kohden vuodessa");
        SatisfactionGoal feedbackGoal = new SatisfactionGoal(FEEDBACK_GOAL, "Myönteisen palautteen osuus kasvaa",
                new Metric.PositiveFeedbackShare(MetricPeriod.HALF_YEAR), 55.0, 70.0, Optional.of(
                        new Measurement(61.5, LocalDate.of(2027, 3, 1), "feedback 2027-01-01–2027-06-30: 8 of 13")));
        SatisfactionGoal surveyGoal = new SatisfactionGoal(SURVEY_GOAL, "Tiedän, keneen ottaa yhteyttä",
                new Metric.HandEntered("Kysely: tietää melko hyvin, keneen ottaa yhteyttä", "%"), 35.2, 60.0,
                Optional.empty());
        PlanAction first = new PlanAction(FIRST_ACTION, "Esimiesinfo palvelukseenotosta", "Teppo Tiiminvetäjä",
                LocalDate.of(2027, 4, 30), ActionStatus.PLANNED, Optional.of(FEEDBACK_GOAL),
                Optional.of(ActionOrigin.feedback("FB-2027-0012")));
        PlanAction second = new PlanAction(SECOND_ACTION, "Yhteystietolista esimiehille", "S-07",
                LocalDate.of(2027, 2, 28), ActionStatus.IN_PROGRESS, Optional.of(SURVEY_GOAL),
                Optional.of(ActionOrigin.meeting("M-2027-03")));
        return new AccountPlan(new SectorId("SIVI"), Year.of(2027), general, relationship, responsibilities,
                new DevelopmentActions(List.of(feedbackGoal, surveyGoal), List.of(first, second)));
    }
}
