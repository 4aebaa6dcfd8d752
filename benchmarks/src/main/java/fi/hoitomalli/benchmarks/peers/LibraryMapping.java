package fi.hoitomalli.benchmarks.peers;

import fi.hoitomalli.calendar.Absence;
import fi.hoitomalli.calendar.AbsenceKind;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.calendar.PayrollRuns;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.phone.PayrollDayRule;
import fi.hoitomalli.phone.PhonePolicy;
import fi.hoitomalli.phone.PhoneWindow;
import fi.hoitomalli.phone.ServiceHours;
import fi.hoitomalli.phone.SlotTally;
import fi.hoitomalli.phone.Votes;
import fi.hoitomalli.phone.WeeklyTemplate;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.StaffId;
import fi.hoitomalli.team.SubstitutePair;
import fi.hoitomalli.team.TeamId;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The instance format in the library's types ({@code fi.hoitomalli.phone}, {@code team}, {@code calendar}). */
public final class LibraryMapping {

    private LibraryMapping() {
    }

    /** The team in the library's types. */
    public static ServiceTeam team(PeerInstance.Team t) {
        List<SecretaryId> members = t.secretaries().stream().map(SecretaryId::new).toList();
        List<SubstitutePair> pairs = t.pairs().stream()
                .map(p -> new SubstitutePair(new SecretaryId(p.first()), new SecretaryId(p.second()))).toList();
        return new ServiceTeam(new TeamId(t.id()), t.id(), Set.of(new SectorId("bench")), new StaffId(t.lead()), members,
                pairs);
    }

    /** The team's policy in the library's types. */
    public static PhonePolicy policy(PeerInstance.Team t) {
        PeerInstance.Policy p = t.policy();
        Map<DayOfWeek, ServiceHours> hours = new EnumMap<>(DayOfWeek.class);
        p.hours().forEach((d, h) -> hours.put(d, new ServiceHours(h.opens(), h.closes())));
        PayrollDayRule payroll = p.payrollWindowMinutes() == 0 ? new PayrollDayRule.Drop()
                : new PayrollDayRule.Shorten(Duration.ofMinutes(p.payrollWindowMinutes()));
        return new PhonePolicy(hours, Duration.ofMinutes(p.windowMinutes()), Duration.ofMinutes(p.gridMinutes()),
                Duration.ofMinutes(p.minQuietMinutes()), p.minOnPhone(), p.sameStartAllWeek(), payroll,
                WorkingCalendar.HELSINKI);
    }

    /** The team's votes in the library's types. */
    public static Votes votes(PeerInstance.Team t) {
        List<SlotTally> tallies = new ArrayList<>(t.votes().size());
        Map<String, SecretaryId> ids = new HashMap<>();
        for (PeerInstance.Tally v : t.votes()) {
            tallies.add(new SlotTally(ids.computeIfAbsent(v.secretary(), SecretaryId::new), v.day(), v.slot(), v.votes()));
        }
        return new Votes(new TeamId(t.id()), tallies);
    }

    static WorkingCalendar calendar(PeerInstance instance) {
        return new WorkingCalendar(WorkingCalendar.HELSINKI, new PayrollRuns.Listed(Set.copyOf(instance.payrollDays())),
                Set.of());
    }

    static Absences absences(PeerInstance.Team t) {
        List<Absence> out = new ArrayList<>();
        for (PeerInstance.Away a : t.absences()) {
            out.add(new Absence(new SecretaryId(a.secretary()), a.from(), a.to(), AbsenceKind.valueOf(a.kind())));
        }
        return Absences.of(out);
    }

    static WeeklyTemplate template(String team, List<PeerPlan.Window> windows) {
        List<PhoneWindow> out = new ArrayList<>();
        for (PeerPlan.Window w : windows) {
            out.add(new PhoneWindow(new SecretaryId(w.secretary()), w.day(), time(w.start()), time(w.end())));
        }
        return new WeeklyTemplate(new TeamId(team), out);
    }

    static List<PeerPlan.Window> windows(WeeklyTemplate template) {
        List<PeerPlan.Window> out = new ArrayList<>();
        for (PhoneWindow w : template.windows()) {
            out.add(new PeerPlan.Window(w.secretary().value(), w.day(), w.start().toSecondOfDay() / 60,
                    w.end().toSecondOfDay() / 60));
        }
        return out;
    }

    private static LocalTime time(int minute) {
        return LocalTime.of(minute / 60, minute % 60);
    }
}
