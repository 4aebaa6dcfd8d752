package fi.hoitomalli.meeting;

import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.Messages;

/**
 * One task of a stage of the customer meeting process (Table 4). The material stage's tasks are
 * optional — Table 4 speaks of "possible material" — every other task must be ticked before the
 * process moves on.
 */
public enum MeetingTask {
    /** Agree the meeting's goals on the phone. */
    AGREE_MEETING_GOALS(MeetingStage.FIRST_CONTACT, true),
    /** Find out the customer's needs. */
    FIND_OUT_NEEDS(MeetingStage.FIRST_CONTACT, true),
    /** Compile suitable material. */
    COMPILE_MATERIAL(MeetingStage.MATERIAL, false),
    /** Deliver the material to the customer. */
    DELIVER_MATERIAL(MeetingStage.MATERIAL, false),
    /** Use the customer data and summarise it for the meeting. */
    SUMMARISE_CUSTOMER_DATA(MeetingStage.PREPARATION, true),
    /** Set the meeting's goals. */
    SET_GOALS(MeetingStage.PREPARATION, true),
    /** Compile the meeting material. */
    COMPILE_MEETING_MATERIAL(MeetingStage.PREPARATION, true),
    /** Go through the agenda. */
    GO_THROUGH_AGENDA(MeetingStage.MEETING, true),
    /** Meet the customer's needs and wishes. */
    MEET_NEEDS_AND_WISHES(MeetingStage.MEETING, true),
    /** Agree development needs and record the follow-up actions. */
    AGREE_AND_RECORD_FOLLOW_UPS(MeetingStage.MEETING, true),
    /** Review the feedback, needs and corrections in the own service team. */
    REVIEW_IN_OWN_TEAM(MeetingStage.AFTERCARE, true),
    /** Keep up the customer relationship as agreed. */
    CARE_AS_AGREED(MeetingStage.AFTERCARE, true);

    private final MeetingStage stage;
    private final boolean required;

    MeetingTask(MeetingStage stage, boolean required) {
        this.stage = stage;
        this.required = required;
    }

    /** The stage the task belongs to. */
    public MeetingStage stage() {
        return stage;
    }

    /** Whether the stage cannot be left before this task is done. */
    public boolean required() {
        return required;
    }

    /** The task in fi, sv and en, for the checklist. */
    public LocalizedText label() {
        return Messages.text("fi.hoitomalli.meeting.task." + name());
    }
}
