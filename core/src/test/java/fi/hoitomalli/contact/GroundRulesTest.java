package fi.hoitomalli.contact;

import static fi.hoitomalli.contact.Fixtures.at;
import static fi.hoitomalli.contact.Fixtures.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hoitomalli.catalog.SelfServiceChannel;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.team.EscalationLevel;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One scenario per ground rule (GR-1 … GR-16) and per contact-path rule (CP-1, CP-2) of docs/rules.md. */
class GroundRulesTest {

    private final Routing routing = Fixtures.routing();

    @Test
    void gr1_voicemailIsReturnedByCallBackWithinTheResponseTime() {
        Decision decision = routing.decide(from(Asker.SUPERVISOR, Topic.PAYROLL_CHANGE).withChannel(Channel.VOICEMAIL));

        assertThat(decision.rule()).isEqualTo(GroundRule.GR_1);
        Decision.CallBack callBack = (Decision.CallBack) decision;
        assertThat(callBack.promise().terms().due()).isEqualTo(at("2027-02-04T10:00"));
        assertThat(callBack.guidance().in(Language.EN)).contains("2027-02-04 10:00");
        // the same question by phone, known, is answered at once: the channel made the difference
        assertThat(routing.decide(from(Asker.SUPERVISOR, Topic.PAYROLL_CHANGE)))
                .isInstanceOf(Decision.AnswerNow.class);
    }

    @Test
    void gr2_knownAnswerIsGivenAtOnceWithTheSelfServiceHint() {
        Decision decision = routing.decide(from(Asker.EMPLOYEE, Topic.ANNUAL_LEAVE));

        assertThat(decision).isEqualTo(new Decision.AnswerNow(GroundRule.GR_2,
                fi.hoitomalli.common.Messages.text("fi.hoitomalli.contact.guidance.GR-2.answer"),
                Optional.of(SelfServiceChannel.HR_DESKTOP)));
    }

    @Test
    void gr2_unknownAnswerGivesAPromiseToFindOutAndCallBack() {
        Decision decision = routing.decide(from(Asker.SUPERVISOR, Topic.PAY).withKnowledge(Knowledge.WILL_FIND_OUT));

        assertThat(decision.rule()).isEqualTo(GroundRule.GR_2);
        CallbackPromise.Open promise = ((Decision.CallBack) decision).promise();
        assertThat(promise.terms().owner()).isEqualTo(Fixtures.S1);
        assertThat(promise.terms().holder()).isEqualTo(Fixtures.S1);
        assertThat(promise.terms().team()).isEqualTo(Fixtures.TEAM);
        assertThat(promise.terms().madeAt()).isEqualTo(at("2027-02-03T10:00"));
        assertThat(promise.terms().due()).isEqualTo(at("2027-02-04T10:00"));
        assertThat(promise.id()).isEqualTo(new PromiseId("P-1"));
    }

    @Test
    void gr3_qualificationQuestionIsRedirectedToTheSectorHrUnit() {
        Decision decision = routing.decide(from(Asker.EMPLOYEE, Topic.QUALIFICATION_REQUIREMENTS));

        assertThat(decision.rule()).isEqualTo(GroundRule.GR_3);
        assertThat(((Decision.Redirect) decision).target()).isEqualTo(RedirectTarget.SECTOR_HR_UNIT);
    }

    @Test
    void gr3_taxationIsRedirectedToTheTaxOfficeWithAReasonInThreeLanguages() {
        Decision.Redirect redirect = (Decision.Redirect) routing.decide(from(Asker.EXTERNAL, Topic.TAXATION));

        assertThat(redirect.rule()).isEqualTo(GroundRule.GR_3);
        assertThat(redirect.target()).isEqualTo(RedirectTarget.TAX_OFFICE);
        assertThat(redirect.reason().fi()).contains("verotoimisto");
        assertThat(redirect.reason().sv()).contains("skattebyrån");
        assertThat(redirect.reason().en()).contains("tax office");
    }

    @Test
    void gr4_feedbackOnOurServiceIsReceivedProfessionallyAndRecorded() {
        Decision.DocumentAndReport report =
                (Decision.DocumentAndReport) routing.decide(from(Asker.SUPERVISOR, Topic.SERVICE_FEEDBACK));

        assertThat(report.rule()).isEqualTo(GroundRule.GR_4);
        assertThat(report.toRecord()).hasValueSatisfying(r -> {
            assertThat(r.kind()).isEqualTo(RecordKind.CUSTOMER_FEEDBACK);
            assertThat(r.recorder()).isEqualTo(Fixtures.S1);
            assertThat(r.date()).isEqualTo(java.time.LocalDate.of(2027, 2, 3));
            assertThat(r.inquiry()).isEqualTo(new InquiryId("I-1"));
        });
        assertThat(report.inform()).isEmpty();
    }

    @Test
    void gr5_supervisorsJobTitleQuestionGoesToTheSectorHrUnit() {
        Decision.Redirect redirect = (Decision.Redirect) routing.decide(from(Asker.SUPERVISOR, Topic.JOB_TITLE));

        assertThat(redirect.rule()).isEqualTo(GroundRule.GR_5);
        assertThat(redirect.target()).isEqualTo(RedirectTarget.SECTOR_HR_UNIT);
    }

    @Test
    void gr5_payLevelConcerningSeveralSectorsGoesToEmployerServices() {
        Decision.Redirect redirect = (Decision.Redirect) routing.decide(
                from(Asker.SUPERVISOR, Topic.PAY_LEVEL).withSeveralSectors(true));

        assertThat(redirect.rule()).isEqualTo(GroundRule.GR_5);
        assertThat(redirect.target()).isEqualTo(RedirectTarget.EMPLOYER_SERVICES);
        // GR-5 is the supervisors' rule: GR-3 redirects an employee's qualification question without it
        assertThat(routing.decide(from(Asker.EMPLOYEE, Topic.QUALIFICATION_REQUIREMENTS).withSeveralSectors(true))
                .rule()).isEqualTo(GroundRule.GR_3);
    }

    @Test
    void gr6_supervisorGetsSupportWithAContractAndIsPointedToPalvelukseenotto() {
        Decision.AnswerNow answer =
                (Decision.AnswerNow) routing.decide(from(Asker.SUPERVISOR, Topic.CONTRACT_OR_APPOINTMENT));

        assertThat(answer.rule()).isEqualTo(GroundRule.GR_6);
        assertThat(answer.selfService()).contains(SelfServiceChannel.PALVELUKSEENOTTO);
        assertThat(answer.guidance().en()).contains("check");
    }

    @Test
    void gr7_payPricingCodesAndFixedTermGroundsAreCheckedBeforeSigning() {
        Decision.AnswerNow answer =
                (Decision.AnswerNow) routing.decide(from(Asker.SUPERVISOR, Topic.CONTRACT_CHECK_BEFORE_SIGNING));

        assertThat(answer.rule()).isEqualTo(GroundRule.GR_7);
        assertThat(answer.guidance().en()).contains("pricing codes").contains("fixed term");
        // an employee does not get the supervisors' check
        assertThat(routing.decide(from(Asker.EMPLOYEE, Topic.CONTRACT_CHECK_BEFORE_SIGNING)).rule())
                .isEqualTo(GroundRule.GR_2);
    }

    @Test
    void gr8_wronglySignedContractIsReportedToTheSupervisorAndOurTeamLead() {
        Decision.DocumentAndReport report =
                (Decision.DocumentAndReport) routing.decide(from(Asker.SUPERVISOR, Topic.SIGNED_CONTRACT_ERROR));

        assertThat(report.rule()).isEqualTo(GroundRule.GR_8);
        assertThat(report.inform()).containsExactly(ReportRecipient.SUPERVISOR_CONCERNED, ReportRecipient.TEAM_LEAD);
        assertThat(report.passedOnTo()).contains(ReportRecipient.SECTOR_HR_MANAGER);
    }

    @Test
    void gr9_noPayIsReleasedBeforeTheSignedContractArrives() {
        Decision.AnswerNow answer = (Decision.AnswerNow) routing.decide(
                from(Asker.SUPERVISOR, Topic.PAY_WITHOUT_SIGNED_CONTRACT).withKnowledge(Knowledge.WILL_FIND_OUT));

        assertThat(answer.rule()).isEqualTo(GroundRule.GR_9);
        assertThat(answer.guidance().fi()).contains("allekirjoitettu");
    }

    @Test
    void gr10_repeatedOrSeriousErrorsGoToOurTeamLeadAndOnToTheSectorsHrManager() {
        Decision.DocumentAndReport report =
                (Decision.DocumentAndReport) routing.decide(from(Asker.SUPERVISOR, Topic.REPEATED_OR_SERIOUS_ERRORS));

        assertThat(report.rule()).isEqualTo(GroundRule.GR_10);
        assertThat(report.inform()).containsExactly(ReportRecipient.TEAM_LEAD);
        assertThat(report.passedOnTo()).contains(ReportRecipient.SECTOR_HR_MANAGER);
    }

    @Test
    void gr11_employeesDiscretionaryQuestionGoesToTheOwnSupervisor() {
        Decision.Redirect redirect = (Decision.Redirect) routing.decide(
                from(Asker.EMPLOYEE, Topic.ANNUAL_LEAVE).withDiscretion(true));

        assertThat(redirect.rule()).isEqualTo(GroundRule.GR_11);
        assertThat(redirect.target()).isEqualTo(RedirectTarget.OWN_SUPERVISOR);
        // the supervisor asking the same discretionary question is answered
        assertThat(routing.decide(from(Asker.SUPERVISOR, Topic.ANNUAL_LEAVE).withDiscretion(true)).rule())
                .isEqualTo(GroundRule.GR_2);
    }

    @Test
    void gr12_suspectedConflictWithTheSupervisorIsCheckedFirstAndWeStayOutOfIt() {
        Inquiry inquiry = from(Asker.EMPLOYEE, Topic.TIME_OFF).withDiscretion(true).withConflictSuspected(true);

        Decision.Redirect redirect = (Decision.Redirect) routing.decide(inquiry);

        assertThat(redirect.rule()).isEqualTo(GroundRule.GR_12);
        assertThat(redirect.target()).isEqualTo(RedirectTarget.SHOP_STEWARDS_AND_UNIONS);
        assertThat(Routing.applicableRules(inquiry)).containsSubsequence(GroundRule.GR_12, GroundRule.GR_11);
    }

    @Test
    void gr13_weNeverTakeSidesInAgreementDisputesShopStewardsAdvise() {
        Decision.Redirect redirect = (Decision.Redirect) routing.decide(from(Asker.EMPLOYEE, Topic.AGREEMENT_DISPUTE));

        assertThat(redirect.rule()).isEqualTo(GroundRule.GR_13);
        assertThat(redirect.target()).isEqualTo(RedirectTarget.SHOP_STEWARDS_AND_UNIONS);
    }

    @Test
    void gr14_weDoNotCalculateFutureEarnings() {
        Decision.Redirect redirect = (Decision.Redirect) routing.decide(from(Asker.EMPLOYEE, Topic.FUTURE_EARNINGS));

        assertThat(redirect.rule()).isEqualTo(GroundRule.GR_14);
        assertThat(redirect.target()).isEqualTo(RedirectTarget.TAX_OFFICE);
        assertThat(redirect.reason().en()).contains("not part of our services");
    }

    @Test
    void gr15_salaryUnpaidThroughTheSupervisorsNeglectGoesToTheSupervisor() {
        Decision.Redirect redirect = (Decision.Redirect) routing.decide(
                from(Asker.EMPLOYEE, Topic.UNPAID_SALARY_SUPERVISOR_NEGLECT));

        assertThat(redirect.rule()).isEqualTo(GroundRule.GR_15);
        assertThat(redirect.target()).isEqualTo(RedirectTarget.OWN_SUPERVISOR);
    }

    @Test
    void gr16_conflictingContactIsDocumentedAndReportedToOurTeamLead() {
        Inquiry inquiry = from(Asker.EMPLOYEE, Topic.PAY).withContentious(true).withDiscretion(true);

        Decision.DocumentAndReport report = (Decision.DocumentAndReport) routing.decide(inquiry);

        assertThat(report.rule()).isEqualTo(GroundRule.GR_16);
        assertThat(report.toRecord()).hasValueSatisfying(r ->
                assertThat(r.kind()).isEqualTo(RecordKind.CHALLENGING_SITUATION));
        assertThat(report.inform()).containsExactly(ReportRecipient.TEAM_LEAD);
        assertThat(Routing.applicableRules(inquiry)).startsWith(GroundRule.GR_16).contains(GroundRule.GR_11);
    }

    @Test
    void cp1_questionNeedingTheEmployersInterpretationGoesToTheSectorHrUnit() {
        Decision.Redirect redirect = (Decision.Redirect) routing.decide(
                from(Asker.SUPERVISOR, Topic.EMPLOYER_INTERPRETATION).withKnowledge(Knowledge.BEYOND_LEVEL));

        assertThat(redirect.rule()).isEqualTo(GroundRule.CP_1);
        assertThat(redirect.target()).isEqualTo(RedirectTarget.SECTOR_HR_UNIT);
    }

    @Test
    void cp2_unresolvableQuestionEscalatesOneLevelUpWithTheEscalatedResponseTime() {
        Inquiry inquiry = from(Asker.SUPERVISOR, Topic.OTHER).withKnowledge(Knowledge.BEYOND_LEVEL);

        Decision.Escalate escalate = (Decision.Escalate) routing.decide(inquiry);

        assertThat(escalate.rule()).isEqualTo(GroundRule.CP_2);
        assertThat(escalate.from()).isEqualTo(EscalationLevel.SECRETARY);
        assertThat(escalate.to()).isEqualTo(EscalationLevel.TEAM_LEAD);
        // 24 working hours from Wednesday 10:00 is Monday 10:00
        assertThat(escalate.promise().terms().due()).isEqualTo(at("2027-02-08T10:00"));
        Decision next = routing.decide(inquiry.escalatedTo(EscalationLevel.TEAM_LEAD, Knowledge.BEYOND_LEVEL));
        assertThat(((Decision.Escalate) next).to()).isEqualTo(EscalationLevel.HR_SERVICES_MANAGER);
    }

    @Test
    void cp2_atTheTopTheLabourMarketLawyerFindsOutAndTheCustomerIsCalledBack() {
        Inquiry atTop = from(Asker.SUPERVISOR, Topic.OTHER)
                .withKnowledge(Knowledge.BEYOND_LEVEL)
                .escalatedTo(EscalationLevel.TEAM_LEAD, Knowledge.BEYOND_LEVEL)
                .escalatedTo(EscalationLevel.HR_SERVICES_MANAGER, Knowledge.BEYOND_LEVEL)
                .escalatedTo(EscalationLevel.LABOUR_MARKET_LAWYER, Knowledge.BEYOND_LEVEL);

        assertThat(routing.decide(atTop)).isInstanceOf(Decision.CallBack.class);
        assertThat(routing.decide(atTop).rule()).isEqualTo(GroundRule.GR_2);
        assertThatThrownBy(() -> atTop.escalatedTo(EscalationLevel.TEAM_LEAD, Knowledge.KNOWS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRuleHasAUniqueIdAndATitleInThreeLanguages() {
        Set<String> ids = Arrays.stream(GroundRule.values()).map(GroundRule::id).collect(Collectors.toSet());

        assertThat(ids).hasSize(GroundRule.values().length);
        for (int i = 1; i <= 16; i++) {
            assertThat(ids).contains("GR-" + i);
        }
        assertThat(ids).contains("CP-1", "CP-2");
        for (GroundRule rule : GroundRule.values()) {
            assertThat(GroundRule.ofId(rule.id())).isEqualTo(rule);
            assertThat(List.of(rule.title().fi(), rule.title().sv(), rule.title().en())).doesNotHaveDuplicates();
        }
    }

    @Test
    void ruleThatAppliesToEveryInquiryIsEvaluatedLast() {
        GroundRule[] order = GroundRule.values();
        assertThat(order[order.length - 1]).isEqualTo(GroundRule.GR_2);
        assertThat(order[0]).isEqualTo(GroundRule.GR_16);
    }

    @Test
    void unknownSecretaryIsAProgrammingError() {
        Inquiry inquiry = Inquiry.of(new InquiryId("I-9"), at("2027-02-03T10:00"),
                new fi.hoitomalli.team.SecretaryId("S-99"), Asker.SUPERVISOR, Optional.empty(), Topic.PAY);

        assertThatThrownBy(() -> routing.decide(inquiry)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void selfServiceHintNamesTheChannelThatWouldHaveAnswered() {
        assertThat(SelfServiceHint.forTopic(Topic.ANNUAL_LEAVE)).hasValueSatisfying(hint -> {
            assertThat(hint.channel()).isEqualTo(SelfServiceChannel.HR_DESKTOP);
            assertThat(hint.text().fi()).contains("HR-työpöytä");
            assertThat(hint.text().sv()).contains("HR-skrivbordet");
        });
        assertThat(SelfServiceHint.forTopic(Topic.CONTRACT_OR_APPOINTMENT))
                .map(SelfServiceHint::channel).contains(SelfServiceChannel.PALVELUKSEENOTTO);
        assertThat(SelfServiceHint.forTopic(Topic.FORMS_AND_INSTRUCTIONS))
                .map(SelfServiceHint::channel).contains(SelfServiceChannel.INTRANET);
        assertThat(SelfServiceHint.forTopic(Topic.TAXATION)).isEmpty();
    }
}
