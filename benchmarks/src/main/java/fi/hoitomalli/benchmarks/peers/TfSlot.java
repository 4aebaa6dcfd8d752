package fi.hoitomalli.benchmarks.peers;

/**
 * Timefold problem fact: one grid slot of one unit that PH-4 wants covered.
 *
 * @param unit global unit number
 * @param minute slot start, minute of the day
 * @param minOnPhone required coverage
 */
public record TfSlot(int unit, int minute, int minOnPhone) {
}
