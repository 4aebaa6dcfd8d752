package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import fi.hoitomalli.json.HoitomalliModule;
import fi.hoitomalli.phone.PhonePlans;
import fi.hoitomalli.phone.PhonePolicy;
import fi.hoitomalli.phone.PhoneSetup;
import fi.hoitomalli.phone.PhoneWindow;
import fi.hoitomalli.phone.WeeklyTemplate;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The {@link PhonePlans} contract in memory, and the JSON round trip of a {@link PhoneSetup}. */
class InMemoryPhonePlansTest extends PhonePlansContract {

    @Override
    protected PhonePlans newPhonePlans() {
        return new InMemoryPhonePlans();
    }

    @Test
    void aSetupRoundTripsThroughJson() throws Exception {
        TeamId team = new TeamId("T-ÄÖ");
        PhoneSetup setup = new PhoneSetup(team, LocalDate.of(2027, 1, 4), PhonePolicy.vantaaDefault(),
                new WeeklyTemplate(team, List.of(new PhoneWindow(new SecretaryId("S-1"), DayOfWeek.FRIDAY,
                        LocalTime.of(9, 0), LocalTime.of(10, 30)))));
        ObjectMapper mapper = HoitomalliModule.newObjectMapper();
        assertThat(mapper.readValue(mapper.writeValueAsString(setup), PhoneSetup.class)).isEqualTo(setup);
    }
}
