package fi.hoitomalli.clock;

import static com.google.common.base.Preconditions.checkArgument;

import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.Messages;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.meeting.EncounterKind;
import fi.hoitomalli.meeting.Participant;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.StaffId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The templates of Vantaa's annual clock for any set of sectors and service teams: per sector
 * the annual customer meetings (1–2) and the account team (3–4); per secretary the visits (1–2); per
 * team the monthly team meetings and feedback summaries (not in July); for the unit the all-customers
 * account team (1–2), the steering group (2), info sessions (as needed, 2 planned), the satisfaction
 * survey (last quarter), half-yearly feedback summaries and the payroll runs. A sector's meetings are
 * owned by the lead of the first team serving it (the unit head when no team does).
 */
public final class VantaaClock {

    private static final Set<Month> MEETING_SEASON = EnumSet.of(Month.FEBRUARY, Month.MARCH, Month.APRIL, Month.MAY,
            Month.SEPTEMBER, Month.OCTOBER, Month.NOVEMBER);
    private static final Set<Month> SPRING_AND_AUTUMN = EnumSet.of(Month.MARCH, Month.APRIL, Month.OCTOBER,
            Month.NOVEMBER);
    private static final Set<Month> EARLY_TERMS = EnumSet.of(Month.FEBRUARY, Month.MARCH, Month.SEPTEMBER,
            Month.OCTOBER);
    private static final Set<Month> LAST_QUARTER = EnumSet.of(Month.OCTOBER, Month.NOVEMBER, Month.DECEMBER);

    private VantaaClock() {
    }

    /**
     * The templates for the sectors and teams, the unit head owning the unit-wide activities.
     *
     * @throws IllegalArgumentException if two sectors or two teams share an id
     */
    public static List<ActivityTemplate> templates(List<Sector> sectors, List<ServiceTeam> teams, StaffId head) {
        Objects.requireNonNull(sectors, "sectors must not be null");
        Objects.requireNonNull(teams, "teams must not be null");
        Participant unitHead = Participant.staff(Objects.requireNonNull(head, "head must not be null"));
        checkArgument(sectors.stream().map(Sector::id).distinct().count() == sectors.size(), "a sector appears twice");
        checkArgument(teams.stream().map(ServiceTeam::id).distinct().count() == teams.size(), "a team appears twice");
        List<ActivityTemplate> result = new ArrayList<>();
        sectors.forEach(s -> result.addAll(sectorTemplates(s, owner(s.id(), teams, unitHead))));
        teams.forEach(t -> result.addAll(teamTemplates(t)));
        result.addAll(unitTemplates(unitHead, teams));
        return List.copyOf(result);
    }

    private static Participant owner(SectorId sector, List<ServiceTeam> teams, Participant head) {
        return teams.stream().filter(t -> t.sectors().contains(sector)).findFirst()
                .map(t -> Participant.staff(t.lead())).orElse(head);
    }

    private static List<ActivityTemplate> sectorTemplates(Sector sector, Participant owner) {
        String code = code(sector.id().value());
        Participant hrUnit = Participant.group("HR-" + sector.id().value());
        ActivityTemplate meeting = ActivityTemplate.scheduled(new TemplateId("CM-" + sector.id().value()), code,
                        EncounterKind.ANNUAL_CUSTOMER_MEETING.label(), sector.name(), Category.CUSTOMER_MEETINGS,
                        new Cadence(1, 2), owner)
                .withMonths(MEETING_SEASON).withParticipants(List.of(hrUnit))
                .withAudience(Audience.SECTOR_SUPERVISORS).withSector(sector.id())
                .withEncounter(EncounterKind.ANNUAL_CUSTOMER_MEETING);
        ActivityTemplate accountTeam = ActivityTemplate.scheduled(new TemplateId("AT-" + sector.id().value()), code,
                        EncounterKind.CUSTOMER_ACCOUNT_TEAM.label(), sector.name(), Category.ACCOUNT_TEAMS,
                        new Cadence(3, 4), owner)
                .withParticipants(List.of(hrUnit)).withPreferredWeekday(DayOfWeek.THURSDAY)
                .withAudience(Audience.SECTOR_REPRESENTATIVES).withSector(sector.id())
                .withEncounter(EncounterKind.CUSTOMER_ACCOUNT_TEAM);
        return List.of(meeting, accountTeam);
    }

    private static List<ActivityTemplate> teamTemplates(ServiceTeam team) {
        Participant lead = Participant.staff(team.lead());
        LocalizedText teamName = LocalizedText.same(team.name());
        List<Participant> members = team.members().stream().map(Participant::secretary).toList();
        Optional<SectorId> sector = team.sectors().stream().findFirst();
        List<ActivityTemplate> result = new ArrayList<>();
        result.add(ActivityTemplate.scheduled(new TemplateId("TEAM-" + team.id().value()), code(team.id().value()),
                        activity("TEAM_MEETING"), teamName, Category.TEAM_MEETINGS, Cadence.exactly(11), lead)
                .withParticipants(members).withPreferredWeekday(DayOfWeek.TUESDAY)
                .withAudience(Audience.SERVICE_TEAM).withTeam(team.id()));
        result.add(ActivityTemplate.scheduled(new TemplateId("FB-" + team.id().value()), code(team.id().value()),
                        activity("FEEDBACK_SUMMARY"), teamName, Category.FEEDBACK, Cadence.exactly(11), lead)
                .withDuration(Duration.ofHours(1)).withPreferredWeekday(DayOfWeek.MONDAY)
                .withAudience(Audience.SERVICE_TEAM).withTeam(team.id()));
        for (SecretaryId secretary : team.members()) {
            ActivityTemplate visit = ActivityTemplate.scheduled(new TemplateId("VISIT-" + secretary.value()),
                            code(secretary.value()), EncounterKind.SECRETARY_VISIT.label(),
                            LocalizedText.same(team.name() + " / " + secretary.value()), Category.CUSTOMER_MEETINGS,
                            new Cadence(1, 2), Participant.secretary(secretary))
                    .withMonths(MEETING_SEASON).withAudience(Audience.SECTOR_SUPERVISORS).withTeam(team.id())
                    .withEncounter(EncounterKind.SECRETARY_VISIT);
            result.add(sector.map(visit::withSector).orElse(visit));
        }
        return result;
    }

    private static List<ActivityTemplate> unitTemplates(Participant head, List<ServiceTeam> teams) {
        LocalizedText unit = Messages.text("fi.hoitomalli.clock.subject.UNIT");
        List<Participant> leads = teams.stream().map(t -> Participant.staff(t.lead())).distinct().toList();
        List<ActivityTemplate> result = new ArrayList<>();
        result.add(ActivityTemplate.scheduled(new TemplateId("AT-ALL"), "ALL",
                        EncounterKind.ALL_CUSTOMERS_ACCOUNT_TEAM.label(), unit, Category.ACCOUNT_TEAMS,
                        new Cadence(1, 2), head)
                .withMonths(EARLY_TERMS).withDuration(Duration.ofHours(3))
                .withParticipants(concat(leads, Participant.group("HR-managers")))
                .withAudience(Audience.ALL_SECTOR_HR_UNITS).withEncounter(EncounterKind.ALL_CUSTOMERS_ACCOUNT_TEAM));
        result.add(ActivityTemplate.scheduled(new TemplateId("SG"), "SG", EncounterKind.STEERING_GROUP.label(), unit,
                        Category.STEERING_GROUP, Cadence.exactly(2), head)
                .withMonths(SPRING_AND_AUTUMN).withParticipants(List.of(Participant.group("steering-group")))
                .withAudience(Audience.STEERING_GROUP).withEncounter(EncounterKind.STEERING_GROUP));
        result.add(ActivityTemplate.scheduled(new TemplateId("INFO"), "INFO", EncounterKind.INFO_SESSION.label(), unit,
                        Category.INFO_SESSIONS, new Cadence(0, 2), head)
                .withMonths(EARLY_TERMS).withParticipants(List.of(Participant.group("employer-services")))
                .withAudience(Audience.ALL_SUPERVISORS).withEncounter(EncounterKind.INFO_SESSION));
        result.add(ActivityTemplate.scheduled(new TemplateId("SURVEY"), "SURVEY", activity("SATISFACTION_SURVEY"),
                        unit, Category.FEEDBACK, Cadence.exactly(1), head)
                .withMonths(LAST_QUARTER).withDuration(Duration.ofHours(1)).withAudience(Audience.ALL_SUPERVISORS));
        result.add(ActivityTemplate.scheduled(new TemplateId("FB-HALF"), "SUM", activity("HALF_YEAR_SUMMARY"), unit,
                        Category.FEEDBACK, Cadence.exactly(2), head)
                .withMonths(EnumSet.of(Month.JANUARY, Month.AUGUST)).withParticipants(leads));
        result.add(ActivityTemplate.payrollRuns(new TemplateId("PAYROLL"), activity("PAYROLL_RUN"), unit,
                Cadence.exactly(24), Participant.group("payroll")));
        return result;
    }

    private static List<Participant> concat(List<Participant> people, Participant more) {
        List<Participant> all = new ArrayList<>(people);
        all.add(more);
        return all;
    }

    private static LocalizedText activity(String key) {
        return Messages.text("fi.hoitomalli.clock.activity." + key);
    }

    private static String code(String id) {
        return id.length() <= 12 ? id : id.substring(0, 12);
    }
}
