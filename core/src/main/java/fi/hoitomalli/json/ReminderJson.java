package fi.hoitomalli.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.module.SimpleModule;
import fi.hoitomalli.reminder.DeliveryOutcome;
import fi.hoitomalli.reminder.DeliveryState;
import fi.hoitomalli.reminder.DeliveryTransition;
import fi.hoitomalli.reminder.ReminderContent;

/**
 * JSON shapes of reminders: records as they are, the sealed content, delivery state, transition and outcome
 * types with a {@code "type"} property.
 */
final class ReminderJson {

    private ReminderJson() {
    }

    static void register(SimpleModule module) {
        module.setMixInAnnotation(ReminderContent.class, ContentMixin.class);
        module.setMixInAnnotation(DeliveryState.class, StateMixin.class);
        module.setMixInAnnotation(DeliveryTransition.class, TransitionMixin.class);
        module.setMixInAnnotation(DeliveryOutcome.class, OutcomeMixin.class);
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = ReminderContent.Digest.class, name = "digest"),
        @JsonSubTypes.Type(value = ReminderContent.UrgentUpdate.class, name = "urgentUpdate"),
        @JsonSubTypes.Type(value = ReminderContent.Invitation.class, name = "invitation"),
        @JsonSubTypes.Type(value = ReminderContent.CallBack.class, name = "callBack"),
        @JsonSubTypes.Type(value = ReminderContent.Feedback.class, name = "feedback"),
        @JsonSubTypes.Type(value = ReminderContent.PlanAction.class, name = "planAction")
    })
    abstract static class ContentMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = DeliveryState.Pending.class, name = "pending"),
        @JsonSubTypes.Type(value = DeliveryState.Claimed.class, name = "claimed"),
        @JsonSubTypes.Type(value = DeliveryState.Sent.class, name = "sent"),
        @JsonSubTypes.Type(value = DeliveryState.Failed.class, name = "failed")
    })
    abstract static class StateMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = DeliveryTransition.Moved.class, name = "moved"),
        @JsonSubTypes.Type(value = DeliveryTransition.Refused.class, name = "refused")
    })
    abstract static class TransitionMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = DeliveryOutcome.Delivered.class, name = "delivered"),
        @JsonSubTypes.Type(value = DeliveryOutcome.TransientFailure.class, name = "transientFailure"),
        @JsonSubTypes.Type(value = DeliveryOutcome.PermanentFailure.class, name = "permanentFailure")
    })
    abstract static class OutcomeMixin {
    }
}
