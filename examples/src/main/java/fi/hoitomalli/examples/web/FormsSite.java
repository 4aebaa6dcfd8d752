package fi.hoitomalli.examples.web;

import fi.hoitomalli.forms.FeedbackId;
import java.util.Comparator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.IdSource;
import fi.hoitomalli.common.InputValidation;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.FeedbackStage;
import fi.hoitomalli.forms.Forms;
import fi.hoitomalli.forms.FormsPolicy;
import fi.hoitomalli.forms.SituationId;
import fi.hoitomalli.forms.SituationReport;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.TeamId;

/**
 * What the web forms need from the library: the {@link Forms} service that validates and records, the
 * stores to list a team's open feedback from, the service centre (teams, secretaries), the city's sectors
 * (offered as a list on the feedback form) and the clock and calendar of "today".
 *
 * @param forms the forms service, recording into {@code stores}
 * @param stores the form stores
 * @param centre the teams and secretaries
 * @param sectors the city's sectors, in the order to offer them
 * @param calendar the working calendar (its zone decides "today")
 * @param clock where "today" comes from
 */
public record FormsSite(Forms forms, FormStores stores, ServiceCentre centre, List<Sector> sectors,
                        WorkingCalendar calendar, Clock clock) {

    public FormsSite {
        Objects.requireNonNull(forms, "forms must not be null");
        Objects.requireNonNull(stores, "stores must not be null");
        Objects.requireNonNull(centre, "centre must not be null");
        sectors = List.copyOf(sectors);
        Objects.requireNonNull(calendar, "calendar must not be null");
        Objects.requireNonNull(clock, "clock must not be null");
    }

    /**
     * A site recording into the stores with Hibernate Validator, the policy and the id source; a feedback's
     * sector must be one of {@code sectors}. Over a database that outlives the process, the ids must come
     * from a durable source such as {@code JdbcStores.idSource}.
     *
     * @throws NullPointerException if an argument is null
     */
    public static FormsSite of(FormStores stores, ServiceCentre centre, List<Sector> sectors, WorkingCalendar calendar,
                               FormsPolicy policy, Clock clock, IdSource ids) {
        Forms forms = new Forms(new InputValidation(Validators.DEFAULT), centre, sectors, calendar, policy, clock,
                ids, stores.situations(), stores.feedback());
        return new FormsSite(forms, stores, centre, sectors, calendar, clock);
    }

    /** Today in the calendar's zone. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(calendar.zone()));
    }

    /** The team, if the centre knows it. */
    Optional<ServiceTeam> team(TeamId id) {
        return centre.team(id);
    }

    /**
     * The team's feedback still waiting for a response, earliest due date first, as its team lead may
     * read them (AX-1): the page stands for the team's shared view.
     */
    List<FeedbackReport> openFeedback(ServiceTeam team) {
        return stores.feedback().inStage(new Actor.TeamLead(team.lead()), FeedbackStage.RECEIVED).stream()
                .filter(r -> r.details().team().equals(team.id()))
                .sorted(Comparator.comparing((FeedbackReport r) -> r.details().dueDate())
                        .thenComparing(r -> r.details().received()).thenComparing(r -> r.id().value()))
                .toList();
    }

    /** The team's feedback of the id, if it exists and the team lead may read it. */
    Optional<FeedbackReport> feedback(ServiceTeam team, FeedbackId id) {
        return stores.feedback().find(new Actor.TeamLead(team.lead()), id)
                .filter(r -> r.details().team().equals(team.id()));
    }

    /** The team's challenging situation of the id, if it exists and the team lead may read it. */
    Optional<SituationReport> situation(ServiceTeam team, SituationId id) {
        return stores.situations().find(new Actor.TeamLead(team.lead()), id)
                .filter(r -> r.details().team().equals(team.id()));
    }

    /** One Hibernate Validator for the process; building a factory is slow and it is thread-safe. */
    private static final class Validators {
        @SuppressWarnings("resource") // lives as long as the process, like the validator it made
        static final Validator DEFAULT = buildDefault();

        private static Validator buildDefault() {
            ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
            return factory.getValidator();
        }
    }
}
