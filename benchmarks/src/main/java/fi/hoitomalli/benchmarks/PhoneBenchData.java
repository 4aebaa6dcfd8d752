package fi.hoitomalli.benchmarks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import fi.hoitomalli.calendar.Absence;
import fi.hoitomalli.calendar.AbsenceKind;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.Employee;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.customer.Supervisor;
import fi.hoitomalli.phone.PhonePlan;
import fi.hoitomalli.phone.PhonePolicy;
import fi.hoitomalli.phone.PhoneScheduler;
import fi.hoitomalli.phone.PlanExpander;
import fi.hoitomalli.phone.ScheduleResult;
import fi.hoitomalli.phone.SlotTally;
import fi.hoitomalli.phone.Votes;
import fi.hoitomalli.team.PotAssignment;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.StaffId;
import fi.hoitomalli.team.SubstitutePair;
import fi.hoitomalli.team.TeamId;

/**
 * Deterministic benchmark data for the phone-hour feature: Vantaa-like teams (sizes 10, 9, 10, 4, 4, 4,
 * consecutive members paired), customer votes skewed towards the morning, a customer directory and
 * year-long expanded plans. Everything comes from a seeded {@link SplittableRandom}.
 */
final class PhoneBenchData {

    static final int[] VANTAA_SIZES = {10, 9, 10, 4, 4, 4};
    static final String[] VANTAA_NAMES = {"SIVI", "SOTE", "TILA", "KESK", "MAYM", "VAPA"};

    private PhoneBenchData() {
    }

    /** Teams with the given sizes; consecutive members are substitute pairs, an odd last member is unpaired. */
    static List<ServiceTeam> teams(int[] sizes, String[] names) {
        List<ServiceTeam> teams = new ArrayList<>();
        for (int t = 0; t < sizes.length; t++) {
            String name = names == null ? "T" + t : names[t];
            List<SecretaryId> members = new ArrayList<>();
            for (int i = 1; i <= sizes[t]; i++) {
                members.add(new SecretaryId(name + "-" + (i < 10 ? "0" : "") + i));
            }
            List<SubstitutePair> pairs = new ArrayList<>();
            for (int i = 0; i + 1 < members.size(); i += 2) {
                pairs.add(new SubstitutePair(members.get(i), members.get(i + 1)));
            }
            teams.add(new ServiceTeam(new TeamId(name), name, Set.of(new SectorId("S-" + name)),
                    new StaffId("LEAD-" + name), members, pairs));
        }
        return teams;
    }

    /** 300 teams of 8–12 secretaries (about 3,000), pairs as above. */
    static List<ServiceTeam> cityOf300() {
        int[] sizes = new int[300];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = 8 + i % 5;
        }
        return teams(sizes, null);
    }

    /**
     * Votes of about 30 customers per secretary for one slot each, per weekday or all week, skewed to
     * 09:00–11:00 (the morning most supervisors prefer) with a long tail over the day.
     */
    static Votes votes(ServiceTeam team, PhonePolicy policy, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ team.id().value().hashCode());
        List<SlotTally> tallies = new ArrayList<>();
        List<DayOfWeek> days = List.copyOf(policy.serviceHours().keySet());
        for (SecretaryId s : team.members()) {
            int preferred = 2 + random.nextInt(10);
            for (int v = 0; v < 30; v++) {
                int slot = random.nextInt(3) == 0 ? random.nextInt(16) : Math.min(15, preferred + random.nextInt(3));
                LocalTime at = LocalTime.of(8, 0).plusMinutes(30L * slot);
                if (random.nextInt(4) == 0) {
                    days.forEach(d -> tallies.add(new SlotTally(s, d, at, 1)));
                } else {
                    tallies.add(new SlotTally(s, days.get(random.nextInt(days.size())), at, 1));
                }
            }
        }
        return new Votes(team.id(), tallies);
    }

    /** The scheduled templates of the teams expanded over 2025 with a few absences. */
    static List<PhonePlan> plans(List<ServiceTeam> teams, PhonePolicy policy, long seed) {
        WorkingCalendar calendar = WorkingCalendar.vantaaDefault();
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        List<PhonePlan> plans = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);
        for (ServiceTeam team : teams) {
            ScheduleResult result = PhoneScheduler.standard().schedule(team, policy, votes(team, policy, seed));
            if (!(result instanceof ScheduleResult.Scheduled scheduled)) {
                throw new IllegalStateException("benchmark team not schedulable: " + result);
            }
            List<Absence> absences = new ArrayList<>();
            for (SecretaryId s : team.members()) {
                LocalDate start = from.plusDays(random.nextInt(350));
                absences.add(new Absence(s, start, start.plusDays(random.nextInt(14)), AbsenceKind.ANNUAL_LEAVE));
            }
            if (!team.pairs().isEmpty()) {
                // the first pair is away together for a week: the team lead answers (PH-7)
                LocalDate start = from.plusDays(random.nextInt(350));
                absences.add(new Absence(team.pairs().get(0).first(), start, start.plusDays(6), AbsenceKind.TRAINING));
                absences.add(new Absence(team.pairs().get(0).second(), start, start.plusDays(6), AbsenceKind.TRAINING));
            }
            plans.add(PlanExpander.expand(team, policy, scheduled.template(), calendar, Absences.of(absences), from, to));
        }
        return plans;
    }

    /** A directory of {@code customers} customers spread over units of 33, each unit owned by one secretary. */
    record City(CustomerBase directory, PotAssignment pots, List<CustomerId> ids) {
    }

    static City city(List<ServiceTeam> teams, int customers, long seed) {
        List<SecretaryId> secretaries = teams.stream().flatMap(t -> t.members().stream()).toList();
        SectorId sector = new SectorId("CITY");
        int unitCount = Math.max(secretaries.size(), customers / 33);
        List<OrgUnit> units = new ArrayList<>(unitCount);
        Map<OrgUnitId, SecretaryId> owners = new HashMap<>();
        for (int u = 0; u < unitCount; u++) {
            OrgUnit unit = OrgUnit.root(new OrgUnitId("U" + u), sector, "Unit " + u);
            units.add(unit);
            owners.put(unit.id(), secretaries.get(u % secretaries.size()));
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Customer> all = new ArrayList<>(customers);
        List<CustomerId> ids = new ArrayList<>(customers);
        AgreementCode kvtes = new AgreementCode("KVTES");
        for (int c = 0; c < customers; c++) {
            OrgUnit unit = units.get(c % unitCount);
            CustomerId id = new CustomerId(Long.toString(10_000_000L + random.nextLong(80_000_000L)) + "-" + c);
            Customer customer = c < unitCount
                    ? new Supervisor(id, "Esimies " + c, unit.id(), kvtes, Language.FI, Optional.empty(), Set.of(unit.id()))
                    : new Employee(id, "Työntekijä " + c, unit.id(), kvtes, Language.FI, Optional.empty(), Optional.empty());
            all.add(customer);
            ids.add(id);
        }
        OrgStructure org = OrgStructure.of(List.of(new Sector(sector, LocalizedText.same("City"), true)), units);
        return new City(CustomerBase.of(org, all), new PotAssignment(owners), ids);
    }
}
