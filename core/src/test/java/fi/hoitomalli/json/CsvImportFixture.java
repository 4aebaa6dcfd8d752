package fi.hoitomalli.json;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.StringReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the tests of the directory CSV import share: the Jakarta validator of the test class (built before
 * its first test and closed after its last), the import of three files given as text, and the smallest
 * sector and unit files.
 */
abstract class CsvImportFixture {

    /** The header row of the customers file. */
    static final String CUSTOMERS_HEADER = "id,role,name,unit,agreement,language,email,supervisor,managed_units\n";

    /** A sectors file of the one sector SIVI. */
    static final String SIVI_SECTOR = """
            id,name_fi,name_sv,name_en,service_centre
            SIVI,Sivistystoimi,Bildningsväsendet,Education,true
            """;

    private static ValidatorFactory factory;
    /** The default validator, for the tests of the class running now. */
    static Validator validator;

    @BeforeAll
    static void buildValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    /** Imports the three files with the default validator. */
    static ImportResult read(String sectors, String units, String customers) {
        return read(validator, sectors, units, customers);
    }

    /** Imports the three files with the validator. */
    static ImportResult read(Validator validator, String sectors, String units, String customers) {
        return new CustomerCsvImport(validator)
                .read(new StringReader(sectors), new StringReader(units), new StringReader(customers));
    }
}
