package fi.hoitomalli.examples.demo;

import fi.hoitomalli.access.CareModelAccessPolicy;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.common.InputValidation;
import fi.hoitomalli.common.InvalidInputException;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.forms.Dimension;
import fi.hoitomalli.forms.FeedbackChannel;
import fi.hoitomalli.forms.FeedbackEvent;
import fi.hoitomalli.forms.FeedbackInput;
import fi.hoitomalli.forms.FeedbackKind;
import fi.hoitomalli.forms.FeedbackReason;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.FeedbackReports;
import fi.hoitomalli.forms.FeedbackSummaries;
import fi.hoitomalli.forms.FeedbackSummary;
import fi.hoitomalli.forms.Forms;
import fi.hoitomalli.forms.FormsPolicy;
import fi.hoitomalli.forms.ReportingPeriod;
import fi.hoitomalli.forms.Respondent;
import fi.hoitomalli.forms.Response;
import fi.hoitomalli.forms.ResponseMethod;
import fi.hoitomalli.forms.SituationInput;
import fi.hoitomalli.forms.SituationReport;
import fi.hoitomalli.forms.SituationReports;
import fi.hoitomalli.forms.SituationTopic;
import fi.hoitomalli.forms.SummaryRow;
import fi.hoitomalli.forms.TeamMeetingAgenda;
import fi.hoitomalli.forms.Transition;
import fi.hoitomalli.jdbc.JdbcStores;
import fi.hoitomalli.reference.ReferenceCity;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Step: the two documentation forms (dokumentointilomakkeet) filled in through validated input — one
 * invalid input rejected with its Finnish messages — then the team-meeting agenda (tiimipalaveri) and the
 * half-year summary of the feedback, written as JSON.
 */
final class FormsStep {

    private static final String[] POSITIVE = {"Kiitos nopeasta vastauksesta palkka-asiassa.",
            "Sopimus oli valmis jo seuraavana päivänä.", "Selkeä neuvonta vuosilomien siirrossa."};
    private static final String[] NEGATIVE = {"Takaisinsoittoa jouduttiin odottamaan kaksi päivää.",
            "Lisäkorvaus puuttui kesäkuun palkasta."};

    private final DemoContext context;
    private final JdbcStores stores;

    FormsStep(DemoContext context, JdbcStores stores) {
        this.context = context;
        this.stores = stores;
    }

    /** What the forms step recorded and produced. */
    record FormsFacts(int situations, int feedback, int rejectedViolations, String rejectionFi, int agendaItems,
                      long summaryTotal, long summaryOverdue, boolean sqlSummaryAgrees,
                      List<FeedbackReport> records) {
    }

    FormsFacts run() {
        ReferenceCity city = context.city();
        context.section("5. The documentation forms, the team-meeting agenda and the half-year summary");
        CareModelAccessPolicy access = new CareModelAccessPolicy(city.serviceCentre(), city.potAssignment(),
                city.customerBase(), Absences.none(), context.calendar(), context.clock());
        SituationReports situations = stores.situationReports(access);
        FeedbackReports feedback = stores.feedbackReports(access);
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Forms forms = new Forms(new InputValidation(factory.getValidator()), city.serviceCentre(),
                    city.orgStructure().sectors(), context.calendar(), FormsPolicy.defaults(), context.clock(),
                    stores.idSource("F"), situations, feedback);
            List<SituationReport> recordedSituations = recordSituations(forms);
            List<FeedbackReport> records = recordFeedback(forms);
            InvalidInputException rejected = rejectInvalid(forms);
            return summarise(recordedSituations, records, rejected);
        }
    }

    private List<SituationReport> recordSituations(Forms forms) {
        List<SituationReport> recorded = new ArrayList<>();
        SituationTopic[] topics = {SituationTopic.PAY, SituationTopic.EMPLOYMENT_CONTRACT, SituationTopic.ANNUAL_LEAVE};
        int n = 0;
        for (ServiceTeam team : context.city().serviceCentre().teams().subList(0, 3)) {
            SecretaryId recorder = team.members().get(0);
            Customer customer = customerOf(recorder);
            recorded.add(forms.recordSituation(new SituationInput(recorder.value(), team.id().value(),
                    context.today().minusDays(3 + n), customer.id().value(), topics[n], n == 0,
                    "Asiakas kiisti palkkalaskelman ja vaati vastausta heti puhelimessa.",
                    "Selvitettiin laskelma, vastattiin sähköpostilla ja kirjattiin sovittu.")));
            n++;
        }
        context.line("   situations recorded: %d (teams %s)", recorded.size(),
                recorded.stream().map(s -> s.details().team().value()).toList());
        return recorded;
    }

    private List<FeedbackReport> recordFeedback(Forms forms) {
        List<FeedbackReport> records = new ArrayList<>();
        int n = 0;
        for (ServiceTeam team : context.city().serviceCentre().teams()) {
            for (int i = 0; i < 2; i++, n++) {
                SecretaryId recorder = team.members().get(i % team.members().size());
                Customer customer = customerOf(recorder);
                boolean negative = n % 3 == 2;
                LocalDate received = context.calendar().nextWorkingDayOnOrAfter(context.today().minusDays(40 - 3L * n));
                FeedbackReport.Received report = forms.recordFeedback(new FeedbackInput(recorder.value(),
                        team.id().value(), received, negative ? FeedbackKind.NEGATIVE : FeedbackKind.POSITIVE,
                        negative ? FeedbackReason.OPERATIONAL_QUALITY : FeedbackReason.SERVICE_QUALITY, null,
                        negative ? NEGATIVE[n % NEGATIVE.length] : POSITIVE[n % POSITIVE.length],
                        FeedbackChannel.OWN_SECRETARY, customer.id().value(), sectorOf(customer),
                        customer.role(), customer.agreement().value()));
                records.add(respondToEveryOther(forms, report, n));
            }
        }
        context.line("   feedback recorded: %d (%d answered, response due %d working days after receipt)",
                records.size(), records.stream().filter(r -> r instanceof FeedbackReport.Responded).count(),
                FormsPolicy.DEFAULT_RESPONSE_WORKING_DAYS);
        return records;
    }

    private FeedbackReport respondToEveryOther(Forms forms, FeedbackReport.Received report, int n) {
        if (n % 2 == 1) {
            return report;
        }
        LocalDate on = context.calendar().plusWorkingDays(report.details().received(), 2);
        Transition<FeedbackReport> t = forms.advance(report, new FeedbackEvent.Respond(new Response(
                new Respondent.BySecretary(report.details().recorder()), on, ResponseMethod.PHONE,
                "Soitettiin asiakkaalle ja kiitettiin palautteesta.")));
        return t instanceof Transition.Accepted<FeedbackReport> accepted ? accepted.next() : report;
    }

    private InvalidInputException rejectInvalid(Forms forms) {
        ServiceTeam team = context.city().serviceCentre().teams().get(0);
        FeedbackInput invalid = new FeedbackInput(team.members().get(0).value(), team.id().value(),
                context.today(), FeedbackKind.NEGATIVE, FeedbackReason.OTHER, " ", "", FeedbackChannel.OWN_SECRETARY,
                null, sectorOf(customerOf(team.members().get(0))), null, null);
        try {
            forms.recordFeedback(invalid);
            throw new IllegalStateException("the invalid feedback input was accepted");
        } catch (InvalidInputException e) {
            context.line("   INVALID feedback input rejected, nothing stored (%d violations), in Finnish:",
                    e.violations().size());
            e.violations().forEach(v -> context.line("     - %s", v.describe(Language.FI)));
            return e;
        }
    }

    private FormsFacts summarise(List<SituationReport> situations, List<FeedbackReport> records,
                                 InvalidInputException rejected) {
        ServiceTeam team = context.city().serviceCentre().teams().get(0);
        TeamMeetingAgenda agenda = TeamMeetingAgenda.of(team.id(), context.today(),
                Optional.of(context.today().minusWeeks(2)), situations, records);
        context.line("   agenda of team %s's meeting on %s: %d overdue feedback, %d situations, %d new feedback",
                team.id(), agenda.meetingDate(), agenda.overdueFeedback().size(), agenda.situations().size(),
                agenda.newFeedback().size());
        context.writeJson("summaries/agenda-" + team.id().value() + ".json", agenda);
        FeedbackSummary summary = new FeedbackSummaries(context.calendar()).summarise(records,
                new ReportingPeriod.HalfYear(context.year().getValue(), 1), List.of(Dimension.TEAM, Dimension.KIND),
                context.today());
        context.line("   half-year summary H1/%d as of %s: %d feedback, %d answered, %d overdue", context.year().getValue(),
                context.today(), summary.total().count(), summary.total().responded(), summary.total().overdue());
        for (SummaryRow row : summary.rows()) {
            context.line("     %-24s %3d", String.join(" / ", row.key()), row.figures().count());
        }
        context.writeJson("summaries/feedback-H1-" + context.year().getValue() + ".json", summary);
        FeedbackSummary inSql = stores.summariseFeedback(context.calendar(), summary.period(), summary.dimensions(),
                context.today());
        boolean sqlAgrees = inSql.equals(summary);
        context.line("   the same summary computed in the database (GROUP BY): %s",
                sqlAgrees ? "equal" : "DIFFERENT: " + inSql.total());
        String fi = rejected.violations().isEmpty() ? "" : rejected.violations().get(0).describe(Language.FI);
        return new FormsFacts(situations.size(), records.size(), rejected.violations().size(), fi, agenda.size(),
                summary.total().count(), summary.total().overdue(), sqlAgrees, records);
    }

    private Customer customerOf(SecretaryId secretary) {
        ReferenceCity city = context.city();
        return city.customerBase().customers().stream()
                .filter(c -> city.potAssignment().ownerOf(c).map(secretary::equals).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("secretary " + secretary + " has no customers"));
    }

    private String sectorOf(Customer customer) {
        OrgUnit unit = context.city().orgStructure().unit(customer.unit()).orElseThrow();
        return unit.sector().value();
    }
}
