package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hoitomalli.json.HoitomalliModule;
import fi.hoitomalli.reminder.DeliveryOutcome;
import fi.hoitomalli.reminder.DeliveryState;
import fi.hoitomalli.reminder.DeliveryTransition;
import fi.hoitomalli.reminder.OutboxEntry;
import fi.hoitomalli.reminder.Reminder;
import fi.hoitomalli.reminder.ReminderKey;
import fi.hoitomalli.reminder.ReminderPolicy;
import fi.hoitomalli.reminder.ReminderText;
import fi.hoitomalli.reminder.ReminderTexts;
import fi.hoitomalli.reminder.RetryPolicy;
import java.time.ZoneId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/** Every public reminder type round-trips losslessly through the library's JSON module. */
@Domain(ReminderDomain.class)
class ReminderJsonProperties {

    private final ObjectMapper mapper = HoitomalliModule.newObjectMapper();

    @Property(tries = 30)
    void remindersRoundTrip(@ForAll Reminder reminder) throws Exception {
        assertThat(roundTrip(reminder, Reminder.class)).isEqualTo(reminder);
    }

    @Property(tries = 30)
    void outboxEntriesRoundTrip(@ForAll OutboxEntry entry) throws Exception {
        assertThat(roundTrip(entry, OutboxEntry.class)).isEqualTo(entry);
        assertThat(roundTrip(entry.state(), DeliveryState.class)).isEqualTo(entry.state());
        DeliveryTransition moved = new DeliveryTransition.Moved(entry.state());
        assertThat(roundTrip(moved, DeliveryTransition.class)).isEqualTo(moved);
    }

    @Property(tries = 25)
    void keysOutcomesAndTextsRoundTrip(@ForAll ReminderKey key, @ForAll Reminder reminder) throws Exception {
        assertThat(roundTrip(key, ReminderKey.class)).isEqualTo(key);
        for (DeliveryOutcome outcome : new DeliveryOutcome[] {
            new DeliveryOutcome.Delivered(key, "<abc@vantaa.fi>"),
            new DeliveryOutcome.TransientFailure(key, "421 busy"),
            new DeliveryOutcome.PermanentFailure(key, "550 unknown")}) {
            assertThat(roundTrip(outcome, DeliveryOutcome.class)).isEqualTo(outcome);
        }
        DeliveryTransition refused = new DeliveryTransition.Refused("not claimed");
        assertThat(roundTrip(refused, DeliveryTransition.class)).isEqualTo(refused);
        ReminderText text = new ReminderTexts(ZoneId.of("Europe/Helsinki")).render(reminder);
        assertThat(roundTrip(text, ReminderText.class)).isEqualTo(text);
        assertThat(roundTrip(ReminderPolicy.vantaaDefault(), ReminderPolicy.class)).isEqualTo(ReminderPolicy.vantaaDefault());
        assertThat(roundTrip(RetryPolicy.standard(), RetryPolicy.class)).isEqualTo(RetryPolicy.standard());
    }

    private <T> T roundTrip(T value, Class<T> type) throws Exception {
        return mapper.readValue(mapper.writeValueAsString(value), type);
    }
}
