package fi.hoitomalli.json;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.Reader;
import java.util.Objects;

/**
 * One CSV file handed to {@link CustomerCsvImport} (tuotava tiedosto): its text and the name it is reported
 * under, e.g. the name the file had on disk or in an upload ({@code hr-asiakkaat-2025-01.csv}). The reader
 * is read to its end and not closed: the caller owns it.
 *
 * @param fileName the name used in every violation of this file and in messages that refer to it; not blank
 * @param reader the file's text
 */
public record CsvInput(String fileName, Reader reader) {

    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the file name is blank
     */
    public CsvInput {
        Objects.requireNonNull(fileName, "fileName must not be null");
        Objects.requireNonNull(reader, "reader must not be null");
        checkArgument(!fileName.isBlank(), "fileName must not be blank");
    }

    /**
     * The file under its conventional name ({@link DirectoryCsvFile#fileName()}, e.g. {@code units.csv}).
     *
     * @throws NullPointerException if an argument is null
     */
    public static CsvInput conventional(DirectoryCsvFile file, Reader reader) {
        return new CsvInput(Objects.requireNonNull(file, "file must not be null").fileName(), reader);
    }
}
