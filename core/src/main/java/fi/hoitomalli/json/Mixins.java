package fi.hoitomalli.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import fi.hoitomalli.calendar.PayrollRuns;
import fi.hoitomalli.customer.Employee;
import fi.hoitomalli.customer.Executive;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.customer.Supervisor;

/**
 * Jackson mix-ins: the annotations that domain types must not carry. Sealed types are written with a
 * {@code "type"} property naming the permitted record.
 */
final class Mixins {

    private Mixins() {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Employee.class, name = "employee"),
        @JsonSubTypes.Type(value = Supervisor.class, name = "supervisor"),
        @JsonSubTypes.Type(value = Executive.class, name = "executive")
    })
    abstract static class CustomerMixin {
        @JsonIgnore
        abstract Role role();
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = PayrollRuns.Monthly.class, name = "monthly"),
        @JsonSubTypes.Type(value = PayrollRuns.Listed.class, name = "listed")
    })
    abstract static class PayrollRunsMixin {
    }
}
