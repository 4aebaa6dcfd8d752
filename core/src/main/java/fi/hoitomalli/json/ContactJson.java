package fi.hoitomalli.json;

import static fi.hoitomalli.json.FoundationJson.stringValue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.module.SimpleModule;
import fi.hoitomalli.catalog.Delivery;
import fi.hoitomalli.catalog.OrderingDeadline;
import fi.hoitomalli.catalog.ProductCardId;
import fi.hoitomalli.contact.CallbackPromise;
import fi.hoitomalli.contact.Decision;
import fi.hoitomalli.contact.InquiryId;
import fi.hoitomalli.contact.PromiseId;
import fi.hoitomalli.contact.PromiseTransition;
import java.util.Optional;

/**
 * JSON shapes of product cards and the ground rules: ids as strings, the sealed types (deadlines,
 * deliveries, decisions, promise states, transitions) with a {@code "type"} property.
 */
final class ContactJson {

    private ContactJson() {
    }

    static void register(SimpleModule module) {
        stringValue(module, ProductCardId.class, ProductCardId::value, ProductCardId::new);
        stringValue(module, InquiryId.class, InquiryId::value, InquiryId::new);
        stringValue(module, PromiseId.class, PromiseId::value, PromiseId::new);
        module.setMixInAnnotation(OrderingDeadline.class, OrderingDeadlineMixin.class);
        module.setMixInAnnotation(Delivery.class, DeliveryMixin.class);
        module.setMixInAnnotation(Decision.class, DecisionMixin.class);
        module.setMixInAnnotation(CallbackPromise.class, CallbackPromiseMixin.class);
        module.setMixInAnnotation(PromiseTransition.class, PromiseTransitionMixin.class);
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = OrderingDeadline.AnyWorkingDay.class, name = "anyWorkingDay"),
        @JsonSubTypes.Type(value = OrderingDeadline.BeforePayrollRun.class, name = "beforePayrollRun")
    })
    abstract static class OrderingDeadlineMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Delivery.Due.class, name = "due"),
        @JsonSubTypes.Type(value = Delivery.NoPayrollRun.class, name = "noPayrollRun")
    })
    abstract static class DeliveryMixin {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Decision.AnswerNow.class, name = "answerNow"),
        @JsonSubTypes.Type(value = Decision.CallBack.class, name = "callBack"),
        @JsonSubTypes.Type(value = Decision.Redirect.class, name = "redirect"),
        @JsonSubTypes.Type(value = Decision.Escalate.class, name = "escalate"),
        @JsonSubTypes.Type(value = Decision.DocumentAndReport.class, name = "documentAndReport")
    })
    abstract static class DecisionMixin {
        @JsonIgnore
        abstract Optional<CallbackPromise.Open> promiseMade();
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = CallbackPromise.Open.class, name = "open"),
        @JsonSubTypes.Type(value = CallbackPromise.Kept.class, name = "kept"),
        @JsonSubTypes.Type(value = CallbackPromise.Broken.class, name = "broken")
    })
    abstract static class CallbackPromiseMixin {
        @JsonIgnore
        abstract PromiseId id();
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = PromiseTransition.Moved.class, name = "moved"),
        @JsonSubTypes.Type(value = PromiseTransition.Rejected.class, name = "rejected")
    })
    abstract static class PromiseTransitionMixin {
    }
}
