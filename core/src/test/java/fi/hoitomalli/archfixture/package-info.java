/**
 * Deliberate violations of every core architecture rule, in test sources only, so that
 * {@code CoreArchitectureTest.rulesCanFail} proves the rules are able to fail.
 */
package fi.hoitomalli.archfixture;
