package fi.hoitomalli.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import fi.hoitomalli.calendar.Absence;
import fi.hoitomalli.calendar.AbsenceKind;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.calendar.PayrollRuns;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.CollectiveAgreement;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.CustomerId;
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
import fi.hoitomalli.team.ManagementGroup;
import fi.hoitomalli.team.PotAssignment;
import fi.hoitomalli.team.Secretary;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceCentre;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.StaffId;
import fi.hoitomalli.team.StaffMember;
import fi.hoitomalli.team.SubstitutePair;
import fi.hoitomalli.team.TeamId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries (generators) for the foundation's types — the shared kernel, the customer base, the
 * teams and the working calendar — for Hoitomalli's own properties and for the property-based suites of
 * systems that embed it. Every generated value is valid (its constructor accepted it) and every composite
 * is consistent: units sit in a tree of their own sector, customers work in units of the structure,
 * employees' supervisors are supervisors of the same base, pairs lie inside their team.
 *
 * <p>Use them directly in a {@code @Provide} method, or let {@link FoundationDomain} (or the
 * ServiceLoader-registered {@link FoundationArbitraryProvider}) supply parameters by type:
 *
 * <pre>{@code
 * @Property
 * void everyCustomerWorksInAKnownUnit(@ForAll CustomerBase base) { ... }
 *
 * @Provide
 * Arbitrary<CustomerBase> bigBases() {
 *     return FoundationArbitraries.orgStructures().flatMap(FoundationArbitraries::customerBases);
 * }
 * }</pre>
 *
 * Generators are composed with {@code map}, {@code flatMap} and {@code Combinators}, never with
 * {@code sample()}, so they shrink and stay reproducible by seed.
 */
public final class FoundationArbitraries {

    /** The deepest org-unit tree {@link #orgStructures()} builds: a root and three levels below it. */
    public static final int MAX_TREE_DEPTH = 4;

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖé";
    private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);
    private static final int DAYS = 11 * 366;

    private FoundationArbitraries() {
    }

    // ---- shared kernel ------------------------------------------------------------------------------

    /**
     * Non-blank free text as people write it: Finnish and Swedish letters (å, ä, ö), spaces, quotes
     * ({@code "} and {@code '}), commas and semicolons (CSV's special characters) and sometimes an emoji
     * (including multi-code-point ones). Starts with a letter. Use for names and titles.
     */
    public static Arbitrary<String> texts() {
        Arbitrary<Character> first = Arbitraries.chars().with(LETTERS.toCharArray());
        Arbitrary<String> rest = Arbitraries.strings().withChars(LETTERS.toCharArray())
                .withChars(' ', '"', '\'', ',', ';', '-').ofMaxLength(24);
        Arbitrary<String> tail = Arbitraries.frequency(
                Tuple.of(6, ""), Tuple.of(1, " 😀"), Tuple.of(1, "🇫🇮"), Tuple.of(1, " 👩‍💼"), Tuple.of(1, "\"x\""));
        return Combinators.combine(first, rest, tail).as((f, r, t) -> f + r + t);
    }

    /** {@link LocalizedText} with three independently generated {@link #texts()}. */
    public static Arbitrary<LocalizedText> localizedTexts() {
        return Combinators.combine(texts(), texts(), texts()).as(LocalizedText::new);
    }

    /**
     * Valid e-mail addresses, in mixed case before {@link EmailAddress} lower-cases them: a local part with
     * dots, plus signs, apostrophes and hyphens, and a dotted domain.
     */
    public static Arbitrary<EmailAddress> emailAddresses() {
        Arbitrary<String> local = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('0', '9').withChars('.', '+', '\'', '-', '_').ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> tld = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(4);
        return Combinators.combine(local, label.list().ofMinSize(1).ofMaxSize(3), tld)
                .as((l, labels, t) -> new EmailAddress(l + "@" + String.join(".", labels) + "." + t));
    }

    /** Finnish, Swedish and English. */
    public static Arbitrary<Language> languages() {
        return Arbitraries.of(Language.class);
    }

    // ---- ids ----------------------------------------------------------------------------------------

    /**
     * Id text as HR systems write it: 1–12 characters of upper-case letters (with Ä and Ö), digits,
     * {@code -} and {@code _}; never white space. Combine with {@code .list().uniqueElements()} for
     * distinct ids.
     */
    public static Arbitrary<String> codes() {
        return Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').withChars('-', '_', 'Ä', 'Ö')
                .ofMinLength(1).ofMaxLength(12);
    }

    /** Sector ids from {@link #codes()}. */
    public static Arbitrary<SectorId> sectorIds() {
        return codes().map(SectorId::new);
    }

    /** Org-unit ids from {@link #codes()}. */
    public static Arbitrary<OrgUnitId> orgUnitIds() {
        return codes().map(OrgUnitId::new);
    }

    /** Customer ids from {@link #codes()}. */
    public static Arbitrary<CustomerId> customerIds() {
        return codes().map(CustomerId::new);
    }

    /** Secretary ids from {@link #codes()}. */
    public static Arbitrary<SecretaryId> secretaryIds() {
        return codes().map(SecretaryId::new);
    }

    /** Staff ids (team leads, the HR services manager, the lawyer) from {@link #codes()}. */
    public static Arbitrary<StaffId> staffIds() {
        return codes().map(StaffId::new);
    }

    /** Team ids from {@link #codes()}. */
    public static Arbitrary<TeamId> teamIds() {
        return codes().map(TeamId::new);
    }

    /** Agreement codes: mostly the known municipal ones (KVTES, OVTES, …), sometimes a city's own. */
    public static Arbitrary<AgreementCode> agreementCodes() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(CollectiveAgreement.KNOWN).map(CollectiveAgreement::code)),
                Tuple.of(1, codes().map(AgreementCode::new)));
    }

    /** Collective agreements: the known ones and city-specific ones with generated names. */
    public static Arbitrary<CollectiveAgreement> agreements() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(CollectiveAgreement.KNOWN)),
                Tuple.of(1, Combinators.combine(codes().map(AgreementCode::new), localizedTexts())
                        .as(CollectiveAgreement::new)));
    }

    // ---- customer base ------------------------------------------------------------------------------

    /** Sectors with generated names and either default service-centre status. */
    public static Arbitrary<Sector> sectors() {
        return Combinators.combine(sectorIds(), localizedTexts(), Arbitraries.of(true, false)).as(Sector::new);
    }

    /** Service-centre declarations of a unit: mostly {@code INHERIT}, sometimes an override. */
    public static Arbitrary<ServiceCentreStatus> serviceCentreStatuses() {
        return Arbitraries.frequency(Tuple.of(6, ServiceCentreStatus.INHERIT),
                Tuple.of(2, ServiceCentreStatus.CUSTOMER), Tuple.of(2, ServiceCentreStatus.NOT_CUSTOMER));
    }

    /**
     * Consistent org structures: 1–3 sectors (a sector may have no units) and 1–16 units with distinct
     * ids, each in a tree of its own sector no deeper than {@link #MAX_TREE_DEPTH}, with service-centre
     * overrides on some units.
     */
    public static Arbitrary<OrgStructure> orgStructures() {
        return sectors().list().ofMinSize(1).ofMaxSize(3).uniqueElements(Sector::id)
                .flatMap(sectors -> orgUnitIds().list().ofMinSize(1).ofMaxSize(16).uniqueElements()
                        .flatMap(ids -> unitTrees(sectors, ids)));
    }

    private static Arbitrary<OrgStructure> unitTrees(List<Sector> sectors, List<OrgUnitId> ids) {
        int n = ids.size();
        Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, 999).list().ofSize(n);
        return Combinators.combine(picks, picks, serviceCentreStatuses().list().ofSize(n), texts().list().ofSize(n))
                .as((sectorPicks, parentPicks, statuses, names) -> {
                    List<OrgUnit> units = new ArrayList<>();
                    Map<OrgUnitId, Integer> depth = new HashMap<>();
                    for (int i = 0; i < n; i++) {
                        SectorId sector = sectors.get(sectorPicks.get(i) % sectors.size()).id();
                        List<OrgUnit> candidates = units.stream()
                                .filter(u -> u.sector().equals(sector) && depth.get(u.id()) < MAX_TREE_DEPTH - 1)
                                .toList();
                        int pick = parentPicks.get(i) % (candidates.size() + 1);
                        Optional<OrgUnit> parent = pick == candidates.size()
                                ? Optional.empty() : Optional.of(candidates.get(pick));
                        units.add(new OrgUnit(ids.get(i), sector, parent.map(OrgUnit::id), names.get(i),
                                statuses.get(i)));
                        depth.put(ids.get(i), parent.map(p -> depth.get(p.id()) + 1).orElse(0));
                    }
                    return OrgStructure.of(sectors, units);
                });
    }

    /**
     * Single customers of all three kinds that fit the structure: they work in (and supervisors manage)
     * units of it. An employee's supervisor reference is an arbitrary id, so use {@link #customerBases}
     * when references must resolve.
     *
     * @param org a structure with at least one unit
     * @throws IllegalArgumentException if the structure has no units
     */
    public static Arbitrary<Customer> customers(OrgStructure org) {
        List<OrgUnitId> unitIds = unitIdsOf(org);
        Arbitrary<OrgUnitId> unit = Arbitraries.of(unitIds);
        Arbitrary<Customer> employee = Combinators.combine(customerIds(), texts(), unit, agreementCodes(),
                languages(), emailAddresses().optional(), customerIds().optional()).as(Employee::new);
        Arbitrary<Customer> supervisor = Combinators.combine(customerIds(), texts(), unit, agreementCodes(),
                languages(), emailAddresses().optional(), managedUnits(unitIds)).as(Supervisor::new);
        Arbitrary<Customer> executive = Combinators.combine(customerIds(), texts(), unit, agreementCodes(),
                languages(), emailAddresses().optional()).as(Executive::new);
        return Arbitraries.oneOf(employee, supervisor, executive);
    }

    /** Customers of all three kinds, each fitting a generated structure ({@link #orgStructures()}). */
    public static Arbitrary<Customer> customers() {
        return orgStructures().flatMap(FoundationArbitraries::customers);
    }

    /**
     * Consistent customer bases on the structure: 0–25 customers with distinct ids, about 60 % employees,
     * 30 % supervisors and 10 % executives; each employee either has no supervisor or names a supervisor
     * or executive of the same base.
     *
     * @param org a structure with at least one unit
     * @throws IllegalArgumentException if the structure has no units
     */
    public static Arbitrary<CustomerBase> customerBases(OrgStructure org) {
        List<OrgUnitId> unitIds = unitIdsOf(org);
        return customerIds().list().ofMaxSize(25).uniqueElements().flatMap(ids -> {
            int n = ids.size();
            Arbitrary<Role> role = Arbitraries.frequency(
                    Tuple.of(6, Role.EMPLOYEE), Tuple.of(3, Role.SUPERVISOR), Tuple.of(1, Role.EXECUTIVE));
            return Combinators.combine(role.list().ofSize(n), Arbitraries.of(unitIds).list().ofSize(n),
                            agreementCodes().list().ofSize(n), languages().list().ofSize(n),
                            emailAddresses().optional().list().ofSize(n), texts().list().ofSize(n),
                            managedUnits(unitIds).list().ofSize(n),
                            Arbitraries.integers().between(-1, 999).list().ofSize(n))
                    .as((roles, units, agreements, languages, emails, names, managed, bossPicks) -> {
                        List<CustomerId> bosses = new ArrayList<>();
                        for (int i = 0; i < n; i++) {
                            if (roles.get(i) != Role.EMPLOYEE) {
                                bosses.add(ids.get(i));
                            }
                        }
                        List<Customer> customers = new ArrayList<>();
                        for (int i = 0; i < n; i++) {
                            CustomerId id = ids.get(i);
                            customers.add(switch (roles.get(i)) {
                                case SUPERVISOR -> new Supervisor(id, names.get(i), units.get(i), agreements.get(i),
                                        languages.get(i), emails.get(i), managed.get(i));
                                case EXECUTIVE -> new Executive(id, names.get(i), units.get(i), agreements.get(i),
                                        languages.get(i), emails.get(i));
                                case EMPLOYEE -> new Employee(id, names.get(i), units.get(i), agreements.get(i),
                                        languages.get(i), emails.get(i), bossPicks.get(i) < 0 || bosses.isEmpty()
                                                ? Optional.empty()
                                                : Optional.of(bosses.get(bossPicks.get(i) % bosses.size())));
                            });
                        }
                        return CustomerBase.of(org, customers);
                    });
        });
    }

    /** Consistent customer bases on generated structures. */
    public static Arbitrary<CustomerBase> customerBases() {
        return orgStructures().flatMap(FoundationArbitraries::customerBases);
    }

    private static Arbitrary<Set<OrgUnitId>> managedUnits(List<OrgUnitId> unitIds) {
        return Arbitraries.subsetOf(unitIds).ofMinSize(1).ofMaxSize(Math.min(3, unitIds.size()));
    }

    private static List<OrgUnitId> unitIdsOf(OrgStructure org) {
        Objects.requireNonNull(org, "org must not be null");
        checkArgument(!org.units().isEmpty(), "customers need a structure with at least one unit");
        return org.units().stream().map(OrgUnit::id).toList();
    }

    // ---- teams --------------------------------------------------------------------------------------

    /** Secretaries with generated names, addresses and working languages. */
    public static Arbitrary<Secretary> secretaries() {
        return Combinators.combine(secretaryIds(), texts(), emailAddresses(), languages()).as(Secretary::new);
    }

    /** Staff members above the secretaries (team leads, the manager, the lawyer). */
    public static Arbitrary<StaffMember> staffMembers() {
        return Combinators.combine(staffIds(), texts(), emailAddresses(), languages()).as(StaffMember::new);
    }

    /**
     * A team of exactly these members and this lead, serving 1–3 sectors, with a random set of
     * substitute pairs (each member in at most one pair; some members without a pair).
     *
     * @param id the team's id
     * @param lead the team lead
     * @param members the secretaries, at least one, distinct
     */
    public static Arbitrary<ServiceTeam> serviceTeams(TeamId id, StaffId lead, List<SecretaryId> members) {
        List<SecretaryId> copy = List.copyOf(members);
        checkArgument(!copy.isEmpty(), "a team has at least one member");
        return Combinators.combine(texts(), sectorIds().set().ofMinSize(1).ofMaxSize(3), Arbitraries.shuffle(copy),
                        Arbitraries.integers().between(0, copy.size() / 2))
                .as((name, sectors, shuffled, pairCount) -> {
                    List<SubstitutePair> pairs = new ArrayList<>();
                    for (int i = 0; i < pairCount; i++) {
                        pairs.add(new SubstitutePair(shuffled.get(2 * i), shuffled.get(2 * i + 1)));
                    }
                    return new ServiceTeam(id, name, sectors, lead, copy, pairs);
                });
    }

    /** Service teams of 1–12 distinct secretaries with valid pairs. */
    public static Arbitrary<ServiceTeam> serviceTeams() {
        return Combinators.combine(teamIds(), staffIds(), secretaryIds().list().ofMinSize(1).ofMaxSize(12)
                .uniqueElements()).flatAs(FoundationArbitraries::serviceTeams);
    }

    /**
     * Consistent service centres: 1–24 secretaries split over 1–4 teams with distinct ids, every team
     * non-empty with valid pairs, every team lead in the management group, all staff ids distinct.
     */
    public static Arbitrary<ServiceCentre> serviceCentres() {
        return secretaries().list().ofMinSize(1).ofMaxSize(24).uniqueElements(Secretary::id)
                .flatMap(secretaries -> Arbitraries.integers().between(1, Math.min(4, secretaries.size()))
                        .flatMap(teams -> Combinators.combine(
                                        staffMembers().list().ofSize(teams + 2).uniqueElements(StaffMember::id),
                                        teamIds().list().ofSize(teams).uniqueElements(),
                                        Arbitraries.integers().between(0, teams - 1).list().ofSize(secretaries.size()))
                                .flatAs((staff, teamIds, picks) -> serviceCentre(secretaries, staff, teamIds, picks))));
    }

    private static Arbitrary<ServiceCentre> serviceCentre(List<Secretary> secretaries, List<StaffMember> staff,
                                                          List<TeamId> teamIds, List<Integer> picks) {
        int teams = teamIds.size();
        List<List<SecretaryId>> members = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < secretaries.size(); i++) {
            // the first secretaries seed one team each, so that no team is empty
            members.get(i < teams ? i : picks.get(i)).add(secretaries.get(i).id());
        }
        List<StaffMember> leads = staff.subList(2, staff.size());
        List<Arbitrary<ServiceTeam>> teamArbitraries = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            teamArbitraries.add(serviceTeams(teamIds.get(t), leads.get(t).id(), members.get(t)));
        }
        ManagementGroup management = new ManagementGroup(staff.get(0), leads, staff.get(1));
        return Combinators.combine(teamArbitraries)
                .as(list -> ServiceCentre.of(list, secretaries, management));
    }

    /** The one-handler assignment of up to 10 units to secretaries. */
    public static Arbitrary<PotAssignment> potAssignments() {
        return Arbitraries.maps(orgUnitIds(), secretaryIds()).ofMaxSize(10).map(PotAssignment::new);
    }

    // ---- calendar -----------------------------------------------------------------------------------

    /** Days from 2020 to 2030. */
    public static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, DAYS).map(EPOCH::plusDays);
    }

    /** Absences of any kind lasting 1–31 calendar days between 2020 and 2030. */
    public static Arbitrary<Absence> singleAbsences() {
        return Combinators.combine(secretaryIds(), dates(), Arbitraries.integers().between(0, 30),
                        Arbitraries.of(AbsenceKind.class))
                .as((secretary, from, length, kind) -> new Absence(secretary, from, from.plusDays(length), kind));
    }

    /** 0–10 absences of up to four secretaries, possibly overlapping. */
    public static Arbitrary<Absences> absences() {
        return secretaryIds().list().ofMinSize(1).ofMaxSize(4).uniqueElements().flatMap(FoundationArbitraries::absences);
    }

    /**
     * 0–10 absences of the given secretaries, possibly overlapping.
     *
     * @param secretaries at least one secretary
     */
    public static Arbitrary<Absences> absences(List<SecretaryId> secretaries) {
        checkArgument(!secretaries.isEmpty(), "absences need at least one secretary");
        Arbitrary<Absence> absence = Combinators.combine(Arbitraries.of(secretaries), singleAbsences())
                .as((secretary, a) -> new Absence(secretary, a.from(), a.to(), a.kind()));
        return absence.list().ofMaxSize(10).map(Absences::of);
    }

    /** Payroll runs: a monthly rule of 1–3 days or a list of 0–6 dates. */
    public static Arbitrary<PayrollRuns> payrollRuns() {
        Arbitrary<PayrollRuns> monthly = Arbitraries.integers().between(1, 31).set().ofMinSize(1).ofMaxSize(3)
                .map(days -> new PayrollRuns.Monthly(List.copyOf(days)));
        Arbitrary<PayrollRuns> listed = dates().set().ofMaxSize(6).map(PayrollRuns.Listed::new);
        return Arbitraries.oneOf(monthly, listed);
    }

    /** Working calendars in a Nordic or UTC zone with generated payroll runs and 0–5 extra closed days. */
    public static Arbitrary<WorkingCalendar> workingCalendars() {
        Arbitrary<ZoneId> zones = Arbitraries.of(WorkingCalendar.HELSINKI, ZoneId.of("Europe/Stockholm"),
                ZoneId.of("Europe/Tallinn"), ZoneId.of("UTC"));
        return Combinators.combine(zones, payrollRuns(), dates().set().ofMaxSize(5)).as(WorkingCalendar::new);
    }
}
