/**
 * A small program that embeds Hoitomalli as a named module; the build runs it on the module path and on
 * the class path.
 */
module fi.hoitomalli.moduletest {
    requires fi.hoitomalli.core;
    requires fi.hoitomalli.jdbc;
    requires java.sql;
    // H2's JdbcDataSource is a javax.naming.Referenceable
    requires java.naming;
    // the Jakarta Validation provider, and the Expression Language API it interpolates messages with:
    // Hibernate Validator requires jakarta.el only statically, so a module that validates must resolve it
    // (here by requiring it; --add-modules jakarta.el works as well). The implementation, Expressly, is then
    // found as a service provider of jakarta.el.ExpressionFactory.
    requires org.hibernate.validator;
    requires jakarta.el;
    // the H2 database (its jar's Automatic-Module-Name)
    requires com.h2database;
}
