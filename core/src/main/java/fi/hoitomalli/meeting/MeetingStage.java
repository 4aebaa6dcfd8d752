package fi.hoitomalli.meeting;

import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The five stages of the customer meeting process (asiakastapaamisten runko, Table 4), plus the closed
 * state after aftercare.
 */
public enum MeetingStage {
    /** First contact with the customer by phone (ensimmäinen yhteydenotto). */
    FIRST_CONTACT,
    /** Delivering possible material to the customer (aineiston toimittaminen). */
    MATERIAL,
    /** Preparing the meeting (tapaamisen valmistelu). */
    PREPARATION,
    /** The meeting itself (tapaaminen). */
    MEETING,
    /** Aftercare (tapaamisen jälkihoito). */
    AFTERCARE,
    /** The process is finished; nothing more to do. */
    CLOSED;

    /** This stage's tasks, in checklist order; none for {@link #CLOSED}. */
    public List<MeetingTask> tasks() {
        return Arrays.stream(MeetingTask.values()).filter(t -> t.stage() == this).toList();
    }

    /** The stage that follows this one; empty for {@link #CLOSED}. */
    public Optional<MeetingStage> next() {
        return this == CLOSED ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /** The stage's name in fi, sv and en. */
    public LocalizedText label() {
        return Messages.text("fi.hoitomalli.meeting.stage." + name());
    }
}
