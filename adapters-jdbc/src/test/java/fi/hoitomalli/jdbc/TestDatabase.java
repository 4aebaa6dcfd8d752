package fi.hoitomalli.jdbc;

/**
 * A database the tests run on. H2 always runs in memory; PostgreSQL and MariaDB are the servers named by
 * the {@code HOITOMALLI_TEST_*} variables (DEVELOPERS.md).
 */
enum TestDatabase {
    H2(null, Vendor.H2),
    POSTGRESQL("HOITOMALLI_TEST_POSTGRES", Vendor.POSTGRESQL),
    MARIADB("HOITOMALLI_TEST_MARIADB", Vendor.MARIADB);

    static final String REQUIRE = "HOITOMALLI_REQUIRE_DATABASES";

    private final String variablePrefix;
    private final Vendor vendor;

    TestDatabase(String variablePrefix, Vendor vendor) {
        this.variablePrefix = variablePrefix;
        this.vendor = vendor;
    }

    Vendor vendor() {
        return vendor;
    }

    String urlVariable() {
        return variablePrefix + "_URL";
    }

    String url() {
        return System.getenv(urlVariable());
    }

    String user() {
        String user = System.getenv(variablePrefix + "_USER");
        return user == null ? "" : user;
    }

    String password() {
        String password = System.getenv(variablePrefix + "_PASSWORD");
        return password == null ? "" : password;
    }

    static boolean required() {
        return Boolean.parseBoolean(System.getenv(REQUIRE));
    }
}
