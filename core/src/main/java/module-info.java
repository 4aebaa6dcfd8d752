/**
 * Hoitomalli core: the pure domain of a public-sector HR service centre's customer care model
 * (asiakkuuksien hoitomalli). Immutable types, rules as functions, and ports for everything outside;
 * no I/O. Packages are features; {@code ..internal} packages are not exported.
 */
module fi.hoitomalli.core {
    requires transitive com.google.common;
    requires transitive jakarta.validation;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.dataformat.csv;
    requires org.slf4j;

    exports fi.hoitomalli.common;
    exports fi.hoitomalli.customer;
    exports fi.hoitomalli.segment;

    exports fi.hoitomalli.team;
    exports fi.hoitomalli.calendar;
    exports fi.hoitomalli.phone;

    exports fi.hoitomalli.forms;

    exports fi.hoitomalli.plan;

    exports fi.hoitomalli.clock;

    exports fi.hoitomalli.meeting;

    exports fi.hoitomalli.catalog;

    exports fi.hoitomalli.contact;

    exports fi.hoitomalli.reminder;

    exports fi.hoitomalli.access;

    exports fi.hoitomalli.reference;

    exports fi.hoitomalli.json;

    // The packages of the input records with Jakarta Validation constraints (what a form, a CSV row or an
    // API call hands in) are open to every module: a Validation provider reads a record's component fields
    // by deep reflection (Hibernate Validator makes the private field accessible), and the library does not
    // choose the provider, so it does not name one here (a qualified "opens ... to org.hibernate.validator"
    // would tie core to Hibernate Validator and warn at compile time where it is absent). Jackson reads these
    // packages too. Opening grants reflective access only; the exported API stays as it is. The constraint
    // validators (fi.hoitomalli.common: Identifier.Validator, Name.Validator, PlainText.Validator) are
    // public classes of an exported package, so the provider creates them without deep reflection.
    opens fi.hoitomalli.json;
    opens fi.hoitomalli.plan;
    opens fi.hoitomalli.clock;
    opens fi.hoitomalli.phone;
    opens fi.hoitomalli.forms;

    // Jackson reads and writes the other records reflectively; nothing else may.
    opens fi.hoitomalli.common to com.fasterxml.jackson.databind;
    opens fi.hoitomalli.customer to com.fasterxml.jackson.databind;
    opens fi.hoitomalli.segment to com.fasterxml.jackson.databind;
    opens fi.hoitomalli.team to com.fasterxml.jackson.databind;
    opens fi.hoitomalli.calendar to com.fasterxml.jackson.databind;
    opens fi.hoitomalli.meeting to com.fasterxml.jackson.databind;
    opens fi.hoitomalli.catalog to com.fasterxml.jackson.databind;
    opens fi.hoitomalli.contact to com.fasterxml.jackson.databind;
    opens fi.hoitomalli.reminder to com.fasterxml.jackson.databind;
    opens fi.hoitomalli.access to com.fasterxml.jackson.databind;
    opens fi.hoitomalli.reference to com.fasterxml.jackson.databind;

    provides com.fasterxml.jackson.databind.Module with fi.hoitomalli.json.HoitomalliModule;
}
