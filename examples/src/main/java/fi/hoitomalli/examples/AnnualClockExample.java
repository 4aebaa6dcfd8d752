package fi.hoitomalli.examples;

import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.clock.ActivityRecord;
import fi.hoitomalli.clock.ActivityStatus;
import fi.hoitomalli.clock.ActivityTemplate;
import fi.hoitomalli.clock.AnnualClock;
import fi.hoitomalli.clock.CadenceCheck;
import fi.hoitomalli.clock.ClockAgenda;
import fi.hoitomalli.clock.ClockPlanner;
import fi.hoitomalli.clock.ClockWheel;
import fi.hoitomalli.clock.Compliance;
import fi.hoitomalli.clock.TemplateId;
import fi.hoitomalli.clock.VantaaClock;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.meeting.Participant;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.StaffId;
import fi.hoitomalli.team.TeamId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Generates Vantaa's annual clock (vuosikello) for 2027 — six sectors SIVI, SOTE, TILA, KEHA, MAY, VAPA
 * and six service teams T1…T6 of 41 secretaries — and writes it as a wheel
 * ({@code vantaa-2027-clock.svg}, one secretary's wheel {@code vantaa-2027-clock-S-01.svg}) and as a text
 * agenda ({@code vantaa-2027-clock.txt}) into the directory given as the first argument (default
 * {@code target}), then prints a compliance check of Sivistystoimi's account team meetings.
 */
public final class AnnualClockExample {

    private static final List<String> SECTORS = List.of("SIVI", "SOTE", "TILA", "KEHA", "MAY", "VAPA");

    private AnnualClockExample() {
    }

    /** Runs the example. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target");
        Files.createDirectories(out);
        List<ActivityTemplate> templates = VantaaClock.templates(sectors(), teams(), new StaffId("HEAD"));
        AnnualClock clock = new ClockPlanner(WorkingCalendar.vantaaDefault()).generate(Year.of(2027), templates);
        LocalDate today = LocalDate.of(2027, 3, 15);
        write(out.resolve("vantaa-2027-clock.svg"), ClockWheel.render(clock, today, Language.FI));
        AnnualClock own = clock.forPerson(Participant.secretary(new SecretaryId("S-01")));
        write(out.resolve("vantaa-2027-clock-S-01.svg"), ClockWheel.render(own, today, Language.FI));
        write(out.resolve("vantaa-2027-clock.txt"), ClockAgenda.render(clock, Language.FI));
        System.out.printf("%d templates, %d dated activities, %d not placed; written to %s%n",
                clock.templates().size(), clock.occurrences().size(), clock.unplaced().size(), out.toAbsolutePath());
        List<ActivityRecord> records = new ArrayList<>(ActivityRecord.plannedFrom(clock));
        TemplateId accountTeam = new TemplateId("AT-SIVI");
        List<ActivityRecord> sivi = clock.occurrencesOf(accountTeam).stream()
                .map(o -> new ActivityRecord(accountTeam, o.date(), ActivityStatus.PLANNED)).toList();
        records.removeAll(sivi);
        records.add(new ActivityRecord(accountTeam, sivi.get(0).date(), ActivityStatus.HELD));
        records.add(new ActivityRecord(accountTeam, sivi.get(1).date(), ActivityStatus.CANCELLED));
        records.addAll(sivi.subList(2, sivi.size()));
        for (CadenceCheck check : Compliance.check(clock, records, LocalDate.of(2027, 6, 1))) {
            if (check.template().equals(accountTeam)) {
                System.out.println(check.summary().in(Language.FI));
                System.out.println(check.summary().in(Language.EN));
            }
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static List<Sector> sectors() {
        List<LocalizedText> names = List.of(
                new LocalizedText("Sivistystoimi", "Bildningsväsendet", "Education"),
                new LocalizedText("Sosiaali- ja terveydenhuolto", "Social- och hälsovården", "Social and health care"),
                new LocalizedText("Tilakeskus", "Lokalcentralen", "Premises"),
                new LocalizedText("Keskushallinto", "Centralförvaltningen", "Central administration"),
                new LocalizedText("Maankäyttö ja ympäristö", "Markanvändning och miljö", "Land use and environment"),
                new LocalizedText("Vapaa-aika ja asukaspalvelut", "Fritid och invånarservice",
                        "Leisure and resident services"));
        List<Sector> sectors = new ArrayList<>();
        for (int i = 0; i < SECTORS.size(); i++) {
            sectors.add(new Sector(new SectorId(SECTORS.get(i)), names.get(i), true));
        }
        return sectors;
    }

    /** Six teams of 7, 7, 7, 7, 7 and 6 secretaries (41), team Tn serving the n-th sector. */
    private static List<ServiceTeam> teams() {
        List<ServiceTeam> teams = new ArrayList<>();
        int next = 1;
        for (int t = 1; t <= 6; t++) {
            List<SecretaryId> members = new ArrayList<>();
            for (int i = 0; i < (t == 6 ? 6 : 7); i++) {
                members.add(new SecretaryId(String.format("S-%02d", next++)));
            }
            teams.add(new ServiceTeam(new TeamId("T" + t), "T" + t, Set.of(new SectorId(SECTORS.get(t - 1))),
                    new StaffId("L-" + t), members, List.of()));
        }
        return teams;
    }
}
