/**
 * The annual clock (vuosikello, §7): activity templates with cadences, generation of a concrete year,
 * compliance checks and rendering as text and SVG.
 */
package fi.hoitomalli.clock;
