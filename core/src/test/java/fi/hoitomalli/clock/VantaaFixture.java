package fi.hoitomalli.clock;

import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.customer.Sector;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.StaffId;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Six sectors, six teams T1…T6 of 41 secretaries: the shape of Vantaa, for the clock's scenarios. */
final class VantaaFixture {

    static final StaffId HEAD = new StaffId("HEAD");
    static final List<String> CODES = List.of("SIVI", "SOTE", "TILA", "KEHA", "MAY", "VAPA");

    private VantaaFixture() {
    }

    static List<Sector> sectors() {
        return List.of(
                new Sector(new SectorId("SIVI"), new LocalizedText("Sivistystoimi", "Bildningsväsendet", "Education"), true),
                new Sector(new SectorId("SOTE"), new LocalizedText("Sosiaali- ja terveydenhuolto",
                        "Social- och hälsovården", "Social and health care"), true),
                new Sector(new SectorId("TILA"), new LocalizedText("Tilakeskus", "Lokalcentralen", "Premises"), true),
                new Sector(new SectorId("KEHA"), new LocalizedText("Keskushallinto", "Centralförvaltningen",
                        "Central administration"), true),
                new Sector(new SectorId("MAY"), new LocalizedText("Maankäyttö ja ympäristö", "Markanvändning och miljö",
                        "Land use and environment"), true),
                new Sector(new SectorId("VAPA"), new LocalizedText("Vapaa-aika ja asukaspalvelut",
                        "Fritid och invånarservice", "Leisure and resident services"), true));
    }

    static List<ServiceTeam> teams() {
        List<ServiceTeam> teams = new ArrayList<>();
        int secretary = 1;
        for (int t = 1; t <= 6; t++) {
            int size = t == 6 ? 6 : 7;
            List<SecretaryId> members = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                members.add(new SecretaryId(String.format("S-%02d", secretary++)));
            }
            teams.add(new ServiceTeam(new fi.hoitomalli.team.TeamId("T" + t), "T" + t,
                    Set.of(new SectorId(CODES.get(t - 1))), new StaffId("L-" + t), members, List.of()));
        }
        return teams;
    }

    static List<ActivityTemplate> templates() {
        return VantaaClock.templates(sectors(), teams(), HEAD);
    }

    static AnnualClock clock2027() {
        return new ClockPlanner(WorkingCalendar.vantaaDefault()).generate(Year.of(2027), templates());
    }
}
