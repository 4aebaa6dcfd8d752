package fi.hoitomalli.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerDirectory;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.team.PotAssignment;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.StaffId;
import fi.hoitomalli.team.TeamId;

/**
 * Rule AX-1 of the care model (käyttöoikeudet), deny by default:
 * <ul>
 * <li>a secretary reads the records of the own pot — those she recorded and those about customers of her
 * pot — and, while substituting, those of her substitute partner's pot. She substitutes while the partner
 * is on a long absence (PH-7: more than two working days) that covers today; short absences are not
 * substituted, so they open nothing;</li>
 * <li>a team lead reads the records and the summary of the team(s) she leads;</li>
 * <li>a member of the management group reads everything, every aggregate and every account plan;</li>
 * <li>a sector HR unit reads its sector's account plan, its summary and the sector's aggregates;</li>
 * <li>a supervisor reads the own sector's account plan summary and the status (never the text) of the
 * feedback about herself.</li>
 * </ul>
 * Actors unknown to the service centre or the directory are denied. "Today" comes from the clock, in the
 * calendar's zone. {@link #readScope} describes the same rule for records as teams, recorders and
 * customers, so that stores can narrow their queries with it. Thread-safe; the snapshot it is built from is
 * immutable.
 */
public final class CareModelAccessPolicy implements AccessPolicy {

    private final ServiceCentre centre;
    private final PotAssignment pots;
    private final CustomerDirectory directory;
    private final Absences absences;
    private final WorkingCalendar calendar;
    private final Clock clock;

    /**
     * @param centre teams, pairs and the management group
     * @param pots which secretary owns which org unit
     * @param directory the customers (to find a customer's unit and a supervisor's sector)
     * @param absences the secretaries' absences (for substitution)
     * @param calendar the working calendar (long or short absence, the zone of "today")
     * @param clock where "today" comes from
     */
    public CareModelAccessPolicy(ServiceCentre centre, PotAssignment pots, CustomerDirectory directory,
                                 Absences absences, WorkingCalendar calendar, Clock clock) {
        this.centre = Objects.requireNonNull(centre, "centre must not be null");
        this.pots = Objects.requireNonNull(pots, "pots must not be null");
        this.directory = Objects.requireNonNull(directory, "directory must not be null");
        this.absences = Objects.requireNonNull(absences, "absences must not be null");
        this.calendar = Objects.requireNonNull(calendar, "calendar must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    @Override
    public AccessDecision decide(Actor actor, Resource resource) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(resource, "resource must not be null");
        if (actor instanceof Actor.Secretary s) {
            return secretary(s.id(), resource);
        }
        if (actor instanceof Actor.TeamLead t) {
            return teamLead(t.id(), resource);
        }
        if (actor instanceof Actor.ManagementGroup m) {
            return management(m.id());
        }
        if (actor instanceof Actor.SectorHrUnit h) {
            return sectorHrUnit(h.sector(), resource);
        }
        if (actor instanceof Actor.Supervisor s) {
            return supervisor(s, resource);
        }
        return deny("deny by default");
    }

    /**
     * The exact scope of AX-1 for records of the kind, computed from the same snapshot and day as
     * {@link #decide}: a secretary's recorders (herself and, while substituting, her partner) and the
     * customers of their pots; a team lead's teams; everything for a member of the management group;
     * nothing for a sector HR unit; a known supervisor's own feedback status. Unknown actors get nothing.
     */
    @Override
    public ReadScope readScope(Actor actor, RecordKind kind) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        if (actor instanceof Actor.Secretary s) {
            return secretaryScope(s.id());
        }
        if (actor instanceof Actor.TeamLead t) {
            return ReadScope.anyOf(ledBy(t.id()), Set.of(), Set.of(), Set.of());
        }
        if (actor instanceof Actor.ManagementGroup m) {
            return centre.management().includes(m.id()) ? ReadScope.everything() : ReadScope.nothing();
        }
        if (actor instanceof Actor.Supervisor s && kind == RecordKind.FEEDBACK_STATUS && isSupervisor(s.id())) {
            return ReadScope.anyOf(Set.of(), Set.of(), Set.of(s.id()), Set.of());
        }
        // sector HR units read no records, supervisors nothing but the own feedback status
        return ReadScope.nothing();
    }

    private ReadScope secretaryScope(SecretaryId me) {
        if (centre.secretary(me).isEmpty()) {
            return ReadScope.nothing();
        }
        Set<SecretaryId> readers = new LinkedHashSet<>();
        readers.add(me);
        centre.teamOf(me).partnerOf(me).filter(this::isSubstituted).ifPresent(readers::add);
        // the customers whose unit a reader owns: exactly those whose pot owner decide() finds among them
        Set<CustomerId> customers = new LinkedHashSet<>();
        for (SecretaryId reader : readers) {
            pots.potOf(reader, directory).customers().forEach(c -> customers.add(c.id()));
        }
        return ReadScope.anyOf(Set.of(), readers, customers, Set.of());
    }

    private AccessDecision secretary(SecretaryId me, Resource resource) {
        if (centre.secretary(me).isEmpty()) {
            return deny("unknown secretary");
        }
        if (!(resource instanceof Resource.Record record)) {
            return deny("secretaries read records of their pot only");
        }
        Set<SecretaryId> owners = ownersOf(record);
        if (owners.contains(me)) {
            return new AccessDecision.Allowed("own pot");
        }
        Optional<SecretaryId> partner = centre.teamOf(me).partnerOf(me);
        if (partner.isPresent() && owners.contains(partner.get()) && isSubstituted(partner.get())) {
            return new AccessDecision.Allowed("substituting for " + partner.get());
        }
        return deny("not in the own pot");
    }

    private Set<SecretaryId> ownersOf(Resource.Record record) {
        Set<SecretaryId> owners = new HashSet<>();
        owners.add(record.recorder());
        record.customer().flatMap(directory::find).flatMap(pots::ownerOf).ifPresent(owners::add);
        return owners;
    }

    private boolean isSubstituted(SecretaryId partner) {
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        return absences.of(partner).stream().anyMatch(a -> a.covers(today) && a.isLong(calendar));
    }

    private AccessDecision teamLead(StaffId lead, Resource resource) {
        List<TeamId> led = ledBy(lead);
        if (led.isEmpty()) {
            return deny("not the lead of any team");
        }
        if (resource instanceof Resource.Record record && led.contains(record.team())) {
            return new AccessDecision.Allowed("record of the own team");
        }
        if (resource instanceof Resource.Summary summary
                && summary.scope() instanceof SummaryScope.OfTeam team && led.contains(team.team())) {
            return new AccessDecision.Allowed("summary of the own team");
        }
        return deny("outside the own team");
    }

    private List<TeamId> ledBy(StaffId lead) {
        return centre.teams().stream().filter(t -> t.lead().equals(lead)).map(ServiceTeam::id).toList();
    }

    private boolean isSupervisor(CustomerId id) {
        return directory.find(id).filter(c -> c.role() == Role.SUPERVISOR).isPresent();
    }

    private AccessDecision management(StaffId member) {
        return centre.management().includes(member)
                ? new AccessDecision.Allowed("management group sees everything")
                : deny("not in the management group");
    }

    private AccessDecision sectorHrUnit(SectorId sector, Resource resource) {
        boolean own = resource instanceof Resource.Summary s
                        && s.scope() instanceof SummaryScope.OfSector o && o.sector().equals(sector)
                || resource instanceof Resource.AccountPlan p && p.sector().equals(sector)
                || resource instanceof Resource.AccountPlanSummary q && q.sector().equals(sector);
        return own ? new AccessDecision.Allowed("own sector's plan or aggregate")
                : deny("sector HR units read their sector's plan and aggregates only");
    }

    private AccessDecision supervisor(Actor.Supervisor me, Resource resource) {
        Optional<Customer> customer = directory.find(me.id());
        if (customer.isEmpty() || customer.get().role() != Role.SUPERVISOR) {
            return deny("not a known supervisor");
        }
        if (resource instanceof Resource.Record record && record.kind() == RecordKind.FEEDBACK_STATUS
                && record.customer().equals(Optional.of(me.id()))) {
            return new AccessDecision.Allowed("status of the own feedback");
        }
        if (resource instanceof Resource.AccountPlanSummary plan) {
            SectorId own = directory.orgStructure().sectorOf(customer.get().unit());
            if (plan.sector().equals(own)) {
                return new AccessDecision.Allowed("own sector's account plan summary");
            }
        }
        return deny("supervisors read their feedback status and plan summary only");
    }

    private static AccessDecision deny(String basis) {
        return new AccessDecision.Denied(basis);
    }
}
