package fi.hoitomalli.phone;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceTeam;
import fi.hoitomalli.team.StaffId;
import fi.hoitomalli.team.SubstitutePair;
import fi.hoitomalli.team.TeamId;

/** Teams and votes for the phone scenario tests. */
final class PhoneFixtures {

    private PhoneFixtures() {
    }

    /** A team of {@code size} secretaries S-01…; consecutive members paired when {@code paired}. */
    static ServiceTeam team(String id, int size, boolean paired) {
        List<SecretaryId> members = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            members.add(new SecretaryId(id + "-S" + (i < 10 ? "0" : "") + i));
        }
        List<SubstitutePair> pairs = new ArrayList<>();
        for (int i = 0; paired && i + 1 < size; i += 2) {
            pairs.add(new SubstitutePair(members.get(i), members.get(i + 1)));
        }
        return new ServiceTeam(new TeamId(id), id, Set.of(new SectorId("SIVI")), new StaffId(id + "-LEAD"), members, pairs);
    }

    static SlotTally tally(ServiceTeam team, int member, DayOfWeek day, String slot, int votes) {
        return new SlotTally(team.members().get(member), day, LocalTime.parse(slot), votes);
    }
}
