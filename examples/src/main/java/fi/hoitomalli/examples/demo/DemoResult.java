package fi.hoitomalli.examples.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The figures the demo printed, for its tests and for embedding it.
 *
 * @param city the stored city
 * @param pots the pot plan
 * @param phone the phone hours: schedules, validation and the "who answers now?" answers
 * @param rules the ground rules that decided the routed inquiries, in order
 * @param forms the forms step
 * @param accountPlans how many account plans were created
 * @param clockActivities how many dated activities the annual clock has
 * @param reminders the reminders
 * @param output the output folder
 * @param artefacts the files written, relative to the output folder
 */
public record DemoResult(CityStep.CityFacts city, CityStep.PotFacts pots, PhoneStep.PhoneFacts phone,
                         List<String> rules,
                         FormsStep.FormsFacts forms, int accountPlans, int clockActivities,
                         ReminderStep.ReminderFacts reminders, Path output, List<Path> artefacts) {
    public DemoResult {
        Objects.requireNonNull(city, "city must not be null");
        rules = List.copyOf(rules);
        artefacts = List.copyOf(artefacts);
    }
}
