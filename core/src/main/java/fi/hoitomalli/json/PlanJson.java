package fi.hoitomalli.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.module.SimpleModule;
import fi.hoitomalli.clock.ClockScope;
import fi.hoitomalli.clock.TemplateId;
import fi.hoitomalli.meeting.MeetingId;
import fi.hoitomalli.meeting.MeetingProcess;
import fi.hoitomalli.meeting.Participant;
import fi.hoitomalli.meeting.Transition;
import fi.hoitomalli.plan.ActionId;
import fi.hoitomalli.plan.GoalId;
import fi.hoitomalli.plan.Metric;
import fi.hoitomalli.plan.MetricReading;

/**
 * JSON shapes of account plans, customer meetings and the annual clock: ids and participants as
 * strings, the sealed types (metrics, metric readings, meeting process states, transitions, clock scopes)
 * with a {@code "type"} property.
 */
final class PlanJson {

    private PlanJson() {
    }

    static void register(SimpleModule module) {
        FoundationJson.stringValue(module, GoalId.class, GoalId::value, GoalId::new);
        FoundationJson.stringValue(module, ActionId.class, ActionId::value, ActionId::new);
        FoundationJson.stringValue(module, MeetingId.class, MeetingId::value, MeetingId::new);
        FoundationJson.stringValue(module, Participant.class, Participant::value, Participant::new);
        FoundationJson.stringValue(module, TemplateId.class, TemplateId::value, TemplateId::new);
        module.setMixInAnnotation(Metric.class, MetricMixin.class);
        module.setMixInAnnotation(MetricReading.class, MetricReadingMixin.class);
        module.setMixInAnnotation(MeetingProcess.class, MeetingProcessMixin.class);
        module.setMixInAnnotation(Transition.class, TransitionMixin.class);
        module.setMixInAnnotation(ClockScope.class, ClockScopeMixin.class);
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = ClockScope.City.class, name = "city"),
        @JsonSubTypes.Type(value = ClockScope.OfSector.class, name = "sector"),
        @JsonSubTypes.Type(value = ClockScope.OfTeam.class, name = "team")
    })
    abstract static class ClockScopeMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Metric.PositiveFeedbackShare.class, name = "positiveFeedbackShare"),
        @JsonSubTypes.Type(value = Metric.HandEntered.class, name = "handEntered")
    })
    abstract static class MetricMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = MetricReading.Measured.class, name = "measured"),
        @JsonSubTypes.Type(value = MetricReading.NoFeedback.class, name = "noFeedback"),
        @JsonSubTypes.Type(value = MetricReading.HandEnteredOnly.class, name = "handEnteredOnly")
    })
    abstract static class MetricReadingMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = MeetingProcess.FirstContact.class, name = "firstContact"),
        @JsonSubTypes.Type(value = MeetingProcess.Material.class, name = "material"),
        @JsonSubTypes.Type(value = MeetingProcess.Preparation.class, name = "preparation"),
        @JsonSubTypes.Type(value = MeetingProcess.Meeting.class, name = "meeting"),
        @JsonSubTypes.Type(value = MeetingProcess.Aftercare.class, name = "aftercare"),
        @JsonSubTypes.Type(value = MeetingProcess.Closed.class, name = "closed")
    })
    abstract static class MeetingProcessMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Transition.Accepted.class, name = "accepted"),
        @JsonSubTypes.Type(value = Transition.Rejected.class, name = "rejected")
    })
    abstract static class TransitionMixin {
    }
}
