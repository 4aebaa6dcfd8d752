package fi.hoitomalli.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.module.SimpleModule;
import fi.hoitomalli.phone.Answerer;
import fi.hoitomalli.phone.PayrollDayRule;
import fi.hoitomalli.phone.Reachability;
import fi.hoitomalli.phone.ScheduleResult;

/**
 * JSON shapes of the phone-hour feature: sealed types with a {@code "type"} property, the rest as plain
 * records (times and zones as ISO-8601 text).
 */
final class PhoneJson {

    private PhoneJson() {
    }

    static void register(SimpleModule module) {
        module.setMixInAnnotation(PayrollDayRule.class, PayrollDayRuleMixin.class);
        module.setMixInAnnotation(Answerer.class, AnswererMixin.class);
        module.setMixInAnnotation(ScheduleResult.class, ScheduleResultMixin.class);
        module.setMixInAnnotation(Reachability.class, ReachabilityMixin.class);
        module.setMixInAnnotation(Reachability.UnknownCustomer.class, UnknownCustomerMixin.class);
        module.setMixInAnnotation(ScheduleResult.Scheduled.class, ScheduledMixin.class);
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = PayrollDayRule.Shorten.class, name = "shorten"),
        @JsonSubTypes.Type(value = PayrollDayRule.Drop.class, name = "drop")
    })
    abstract static class PayrollDayRuleMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Answerer.Own.class, name = "own"),
        @JsonSubTypes.Type(value = Answerer.Partner.class, name = "partner"),
        @JsonSubTypes.Type(value = Answerer.TeamLead.class, name = "teamLead"),
        @JsonSubTypes.Type(value = Answerer.Voicemail.class, name = "voicemail")
    })
    abstract static class AnswererMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = ScheduleResult.Scheduled.class, name = "scheduled"),
        @JsonSubTypes.Type(value = ScheduleResult.Infeasible.class, name = "infeasible")
    })
    abstract static class ScheduleResultMixin {
    }

    abstract static class ScheduledMixin {
        @JsonIgnore
        abstract Object team();
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Reachability.Answered.class, name = "answered"),
        @JsonSubTypes.Type(value = Reachability.Voicemail.class, name = "voicemail"),
        @JsonSubTypes.Type(value = Reachability.Closed.class, name = "closed"),
        @JsonSubTypes.Type(value = Reachability.OutsidePlan.class, name = "outsidePlan"),
        @JsonSubTypes.Type(value = Reachability.UnknownCustomer.class, name = "unknownCustomer")
    })
    abstract static class ReachabilityMixin {
    }

    abstract static class UnknownCustomerMixin {
        @JsonIgnore
        abstract Object employeeHint();
    }
}
