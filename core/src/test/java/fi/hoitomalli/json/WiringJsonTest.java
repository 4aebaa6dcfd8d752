package fi.hoitomalli.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.reminder.ActivityDue;
import fi.hoitomalli.reminder.CallBackDue;
import fi.hoitomalli.reminder.CollectedFacts;
import fi.hoitomalli.reminder.DueFacts;
import fi.hoitomalli.reminder.FeedbackDue;
import fi.hoitomalli.reminder.IntranetItem;
import fi.hoitomalli.reminder.IntranetUpdate;
import fi.hoitomalli.reminder.PlanActionDue;
import fi.hoitomalli.reminder.Recipient;
import fi.hoitomalli.reminder.Unreached;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Collected facts and the people they could not reach keep their JSON shape both ways. */
class WiringJsonTest {

    private final ObjectMapper mapper = HoitomalliModule.newObjectMapper();

    @Test
    void collectedFactsOfEveryKindRoundTrip() throws Exception {
        Recipient maija = new Recipient("Maija Meikäläinen", new EmailAddress("maija@vantaa.fi"), Language.FI);
        Recipient asa = new Recipient("Åsa Öberg", new EmailAddress("asa@vantaa.fi"), Language.SV);
        DueFacts facts = DueFacts.none()
                .withUpdates(List.of(new IntranetUpdate(new IntranetItem("u1", "Päivitys", "https://intra.vantaa.fi/u1",
                        ""), IntranetUpdate.Importance.URGENT, Instant.parse("2027-03-02T07:00:00Z"), List.of(asa))))
                .withActivities(List.of(new ActivityDue("SG:2027-04-05", "Ohjausryhmä",
                        LocalDateTime.parse("2027-04-05T09:00"), LocalDateTime.parse("2027-04-05T11:00"),
                        ZoneId.of("Europe/Helsinki"), "Järjestäjä ilmoittaa paikan", maija, List.of(maija, asa))))
                .withCallBacks(List.of(new CallBackDue("P-1", maija, asa, Instant.parse("2027-03-02T08:00:00Z"),
                        "Yhteydenotto I-1")))
                .withFeedback(List.of(new FeedbackDue("F-1", asa, maija, LocalDate.parse("2027-03-08"), "Palaute")))
                .withPlanActions(List.of(new PlanActionDue("SIVI:2027:A-1", "Esimiesinfo", "Sivistystoimi", maija,
                        LocalDate.parse("2027-04-30"))));
        CollectedFacts collected = new CollectedFacts(facts, List.of(
                new Unreached("u1", "C-17", Unreached.Reason.NO_EMAIL),
                new Unreached("SG:2027-04-05", "group:steering-group", Unreached.Reason.UNKNOWN_PERSON)));

        String json = mapper.writeValueAsString(collected);

        assertThat(mapper.readValue(json, CollectedFacts.class)).isEqualTo(collected);
        assertThat(json).contains("\"reason\":\"NO_EMAIL\"");
    }
}
