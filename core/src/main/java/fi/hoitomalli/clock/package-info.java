/**
 * The annual clock (vuosikello): activity templates with cadences, generation of a concrete year,
 * compliance checks, rendering as text and SVG, and the {@link fi.hoitomalli.clock.ClockActivities} port
 * that keeps what became of a recorded clock's dated activities (held, planned, cancelled).
 */
package fi.hoitomalli.clock;
