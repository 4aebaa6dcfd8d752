package fi.hoitomalli.json;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.module.SimpleModule;
import fi.hoitomalli.access.AccessDecision;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.access.ReadScope;
import fi.hoitomalli.access.Resource;
import fi.hoitomalli.access.SummaryScope;
import fi.hoitomalli.forms.FeedbackEvent;
import fi.hoitomalli.forms.FeedbackId;
import fi.hoitomalli.forms.FeedbackInput;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.ReportingPeriod;
import fi.hoitomalli.forms.Respondent;
import fi.hoitomalli.forms.SituationEvent;
import fi.hoitomalli.forms.SituationId;
import fi.hoitomalli.forms.SituationReport;
import fi.hoitomalli.forms.Transition;

/**
 * JSON shapes of the two forms and of access control: ids as strings, every sealed type (lifecycle
 * states, events, respondents, reporting periods, transitions, actors, resources, summary scopes,
 * decisions) with a {@code "type"} property. The state inside a {@code Transition<S>} carries its own
 * type id, so a transition reads back with {@code new TypeReference<Transition<FeedbackReport>>() {}}.
 */
final class FormsJson {

    private FormsJson() {
    }

    static void register(SimpleModule module) {
        FoundationJson.stringValue(module, SituationId.class, SituationId::value, SituationId::new);
        FoundationJson.stringValue(module, FeedbackId.class, FeedbackId::value, FeedbackId::new);
        module.setMixInAnnotation(SituationReport.class, SituationReportMixin.class);
        module.setMixInAnnotation(FeedbackReport.class, FeedbackReportMixin.class);
        module.setMixInAnnotation(SituationEvent.class, SituationEventMixin.class);
        module.setMixInAnnotation(FeedbackEvent.class, FeedbackEventMixin.class);
        module.setMixInAnnotation(Respondent.class, RespondentMixin.class);
        module.setMixInAnnotation(ReportingPeriod.class, ReportingPeriodMixin.class);
        module.setMixInAnnotation(Transition.class, TransitionMixin.class);
        module.setMixInAnnotation(Transition.Accepted.class, AcceptedMixin.class);
        module.setMixInAnnotation(Transition.Rejected.class, RejectedMixin.class);
        module.setMixInAnnotation(FeedbackInput.class, FeedbackInputMixin.class);
        module.setMixInAnnotation(Actor.class, ActorMixin.class);
        module.setMixInAnnotation(Resource.class, ResourceMixin.class);
        module.setMixInAnnotation(SummaryScope.class, SummaryScopeMixin.class);
        module.setMixInAnnotation(AccessDecision.class, AccessDecisionMixin.class);
        module.setMixInAnnotation(ReadScope.class, ReadScopeMixin.class);
        module.setMixInAnnotation(ReadScope.AnyOf.class, AnyOfMixin.class);
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = SituationReport.Recorded.class, name = "recorded"),
        @JsonSubTypes.Type(value = SituationReport.Reviewed.class, name = "reviewed"),
        @JsonSubTypes.Type(value = SituationReport.Archived.class, name = "archived")
    })
    abstract static class SituationReportMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = FeedbackReport.Received.class, name = "received"),
        @JsonSubTypes.Type(value = FeedbackReport.Responded.class, name = "responded"),
        @JsonSubTypes.Type(value = FeedbackReport.Closed.class, name = "closed")
    })
    abstract static class FeedbackReportMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = SituationEvent.ReviewInMeeting.class, name = "review"),
        @JsonSubTypes.Type(value = SituationEvent.Archive.class, name = "archive")
    })
    abstract static class SituationEventMixin {
        @JsonIgnore
        abstract String name();
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = FeedbackEvent.Respond.class, name = "respond"),
        @JsonSubTypes.Type(value = FeedbackEvent.Close.class, name = "close")
    })
    abstract static class FeedbackEventMixin {
        @JsonIgnore
        abstract String name();
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Respondent.BySecretary.class, name = "secretary"),
        @JsonSubTypes.Type(value = Respondent.ByStaff.class, name = "staff")
    })
    abstract static class RespondentMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = ReportingPeriod.IsoWeek.class, name = "isoWeek"),
        @JsonSubTypes.Type(value = ReportingPeriod.Month.class, name = "month"),
        @JsonSubTypes.Type(value = ReportingPeriod.HalfYear.class, name = "halfYear"),
        @JsonSubTypes.Type(value = ReportingPeriod.Year.class, name = "year"),
        @JsonSubTypes.Type(value = ReportingPeriod.Custom.class, name = "custom")
    })
    abstract static class ReportingPeriodMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Transition.Accepted.class, name = "accepted"),
        @JsonSubTypes.Type(value = Transition.Rejected.class, name = "rejected")
    })
    abstract static class TransitionMixin {
    }

    /** The state of a transition is generic: it carries its own type id from the states of both lifecycles. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = SituationReport.Recorded.class, name = "recorded"),
        @JsonSubTypes.Type(value = SituationReport.Reviewed.class, name = "reviewed"),
        @JsonSubTypes.Type(value = SituationReport.Archived.class, name = "archived"),
        @JsonSubTypes.Type(value = FeedbackReport.Received.class, name = "received"),
        @JsonSubTypes.Type(value = FeedbackReport.Responded.class, name = "responded"),
        @JsonSubTypes.Type(value = FeedbackReport.Closed.class, name = "closed")
    })
    @JacksonAnnotationsInside
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @interface AnyState {
    }

    abstract static class AcceptedMixin {
        @AnyState
        abstract Object next();
    }

    abstract static class RejectedMixin {
        @AnyState
        abstract Object current();
    }

    abstract static class FeedbackInputMixin {
        @JsonIgnore
        abstract boolean isOtherReasonExplained();
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Actor.Secretary.class, name = "secretary"),
        @JsonSubTypes.Type(value = Actor.TeamLead.class, name = "teamLead"),
        @JsonSubTypes.Type(value = Actor.ManagementGroup.class, name = "managementGroup"),
        @JsonSubTypes.Type(value = Actor.SectorHrUnit.class, name = "sectorHrUnit"),
        @JsonSubTypes.Type(value = Actor.Supervisor.class, name = "supervisor")
    })
    abstract static class ActorMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Resource.Record.class, name = "record"),
        @JsonSubTypes.Type(value = Resource.Summary.class, name = "summary"),
        @JsonSubTypes.Type(value = Resource.AccountPlan.class, name = "accountPlan"),
        @JsonSubTypes.Type(value = Resource.AccountPlanSummary.class, name = "accountPlanSummary")
    })
    abstract static class ResourceMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = SummaryScope.Everything.class, name = "everything"),
        @JsonSubTypes.Type(value = SummaryScope.OfTeam.class, name = "team"),
        @JsonSubTypes.Type(value = SummaryScope.OfSector.class, name = "sector")
    })
    abstract static class SummaryScopeMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = AccessDecision.Allowed.class, name = "allowed"),
        @JsonSubTypes.Type(value = AccessDecision.Denied.class, name = "denied")
    })
    abstract static class AccessDecisionMixin {
        @JsonIgnore
        abstract boolean allowed();
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = ReadScope.Everything.class, name = "everything"),
        @JsonSubTypes.Type(value = ReadScope.Nothing.class, name = "nothing"),
        @JsonSubTypes.Type(value = ReadScope.AnyOf.class, name = "anyOf"),
        @JsonSubTypes.Type(value = ReadScope.Unknown.class, name = "unknown")
    })
    abstract static class ReadScopeMixin {
    }

    abstract static class AnyOfMixin {
        @JsonIgnore
        abstract int size();
    }
}
