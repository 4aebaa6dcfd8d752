/**
 * The shared kernel of Hoitomalli: localised text, the languages the care model speaks (fi, sv, en),
 * e-mail addresses, validation of outside input with localised messages, and the exceptions that every
 * feature shares. Depends on no other feature.
 */
package fi.hoitomalli.common;
