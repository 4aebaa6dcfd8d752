package fi.hoitomalli.json;

import java.util.Map;

/**
 * The names the three files of one import were handed in under: used in every violation's location and in
 * messages that point at another file ("sector SOTE is not in {sectors}").
 */
record ImportFiles(String sectors, String units, String customers) {

    String nameOf(DirectoryCsvFile file) {
        return switch (file) {
            case SECTORS -> sectors;
            case UNITS -> units;
            case CUSTOMERS -> customers;
        };
    }

    /** The placeholders {@code {sectors}}, {@code {units}} and {@code {customers}} of the messages. */
    Map<String, Object> placeholders() {
        return Map.of("sectors", sectors, "units", units, "customers", customers);
    }
}
