package fi.hoitomalli.meeting;

import fi.hoitomalli.customer.Role;
import fi.hoitomalli.forms.FeedbackChannel;
import fi.hoitomalli.forms.FeedbackInput;
import fi.hoitomalli.forms.FeedbackKind;
import fi.hoitomalli.forms.FeedbackReason;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.ServiceCentre;
import java.util.Objects;

/**
 * Feedback given in a customer encounter becomes a feedback record ("the meeting records
 * feedback, which becomes feedback records"): a {@link FeedbackNote} of the meeting's memo is turned into
 * the forms' {@link FeedbackInput}, which {@code Forms.recordFeedback} validates and stores like any
 * other. The input is only prefilled: whatever the validation finds wrong (e.g. an encounter without a
 * sector) is reported by the forms with every violation at once.
 */
public final class MeetingFeedback {

    private MeetingFeedback() {
    }

    /**
     * The feedback input for a note: kind from the note's tone, the note's text, received on the encounter's
     * day, in the encounter's sector, through the channel of the encounter (an account team, the
     * steering group, otherwise a customer meeting), recorded by the secretary in her own team.
     *
     * @param note the feedback as noted in the meeting
     * @param encounter the meeting it was given in
     * @param recorder the secretary who records it
     * @param centre where the recorder's team is looked up
     * @param role the role of the customer who gave it (usually a supervisor or an executive)
     * @param reason the specified reason (palautteen syy)
     * @param otherReason the text of an OTHER reason, or null
     * @throws NullPointerException if an argument other than {@code otherReason} is null
     * @throws IllegalArgumentException if the centre does not know the recorder
     */
    public static FeedbackInput input(FeedbackNote note, Encounter encounter, SecretaryId recorder,
                                      ServiceCentre centre, Role role, FeedbackReason reason, String otherReason) {
        Objects.requireNonNull(note, "note must not be null");
        Objects.requireNonNull(encounter, "encounter must not be null");
        Objects.requireNonNull(recorder, "recorder must not be null");
        Objects.requireNonNull(centre, "centre must not be null");
        Objects.requireNonNull(role, "role must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        return new FeedbackInput(recorder.value(), centre.teamOf(recorder).id().value(), encounter.date(),
                kindOf(note.tone()), reason, otherReason, note.text(), channelOf(encounter.kind()), null,
                encounter.sector().map(s -> s.value()).orElse(null), role, null);
    }

    /** The feedback kind of a note's tone. */
    public static FeedbackKind kindOf(FeedbackNote.Tone tone) {
        return switch (Objects.requireNonNull(tone, "tone must not be null")) {
            case POSITIVE -> FeedbackKind.POSITIVE;
            case NEGATIVE -> FeedbackKind.NEGATIVE;
            case DEVELOPMENT_IDEA -> FeedbackKind.DEVELOPMENT_IDEA;
        };
    }

    /** The feedback channel of an encounter kind: account teams and the steering group are channels of their own. */
    public static FeedbackChannel channelOf(EncounterKind kind) {
        return switch (Objects.requireNonNull(kind, "kind must not be null")) {
            case CUSTOMER_ACCOUNT_TEAM, ALL_CUSTOMERS_ACCOUNT_TEAM -> FeedbackChannel.ACCOUNT_TEAM;
            case STEERING_GROUP -> FeedbackChannel.STEERING_GROUP;
            case ANNUAL_CUSTOMER_MEETING, SECRETARY_VISIT, INFO_SESSION -> FeedbackChannel.CUSTOMER_MEETING;
        };
    }
}
