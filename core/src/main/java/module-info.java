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

    // Jackson reads and writes the records reflectively; nothing else may.
    opens fi.hoitomalli.json to com.fasterxml.jackson.databind;
    opens fi.hoitomalli.common to com.fasterxml.jackson.databind;
    opens fi.hoitomalli.customer to com.fasterxml.jackson.databind;
    opens fi.hoitomalli.segment to com.fasterxml.jackson.databind;

    opens fi.hoitomalli.team to com.fasterxml.jackson.databind;
    opens fi.hoitomalli.calendar to com.fasterxml.jackson.databind;
    opens fi.hoitomalli.phone to com.fasterxml.jackson.databind;

    opens fi.hoitomalli.forms to com.fasterxml.jackson.databind;

    opens fi.hoitomalli.plan to com.fasterxml.jackson.databind;

    opens fi.hoitomalli.clock to com.fasterxml.jackson.databind;

    opens fi.hoitomalli.meeting to com.fasterxml.jackson.databind;

    opens fi.hoitomalli.catalog to com.fasterxml.jackson.databind;

    opens fi.hoitomalli.contact to com.fasterxml.jackson.databind;

    opens fi.hoitomalli.reminder to com.fasterxml.jackson.databind;

    opens fi.hoitomalli.access to com.fasterxml.jackson.databind;

    opens fi.hoitomalli.reference to com.fasterxml.jackson.databind;


    provides com.fasterxml.jackson.databind.Module with fi.hoitomalli.json.HoitomalliModule;
}
