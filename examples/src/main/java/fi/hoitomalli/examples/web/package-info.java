/**
 * Quick-link web forms (pikalinkkien verkkolomakkeet) for the two documentation forms, on the JDK's
 * built-in HTTP server: {@link fi.hoitomalli.examples.web.ServeCommand} serves the Vantaa reference city,
 * {@link fi.hoitomalli.examples.web.FormsWebServer} any {@link fi.hoitomalli.examples.web.FormsSite}.
 * Pages are drawn from the library's JSON Schemas, checked by the library's validation and stored through
 * the form ports ({@link fi.hoitomalli.examples.web.FormStores}).
 */
package fi.hoitomalli.examples.web;
