package fi.hoitomalli.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The vendor comes from the connection's metadata; unknown products are refused. */
class VendorTest {

    private static DatabaseMetaData product(String name, String version) {
        return (DatabaseMetaData) Proxy.newProxyInstance(VendorTest.class.getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getDatabaseProductName" -> name;
                    case "getDatabaseProductVersion" -> version;
                    default -> throw new AssertionError("unexpected call " + method.getName());
                });
    }

    @Test
    void theThreeSupportedProductsAreRecognised() throws SQLException {
        assertThat(Vendor.of(product("PostgreSQL", "15.20"))).isEqualTo(Vendor.POSTGRESQL);
        assertThat(Vendor.of(product("MariaDB", "10.11.19-MariaDB"))).isEqualTo(Vendor.MARIADB);
        assertThat(Vendor.of(product("H2", "2.3.232"))).isEqualTo(Vendor.H2);
    }

    @Test
    void otherProductsAreRefusedByName() {
        assertThatThrownBy(() -> Vendor.of(product("MySQL", "8.4.0")))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("unsupported database 'MySQL 8.4.0'")
                .hasMessageContaining("PostgreSQL, MariaDB or H2");
        assertThatThrownBy(() -> Vendor.of(product("Oracle", "23")))
                .isInstanceOf(StorageException.class);
    }

    @Test
    void everyVendorDefinesEveryPlaceholder() {
        for (Vendor vendor : Vendor.values()) {
            assertThat(vendor.placeholders()).as(vendor.name())
                    .containsOnlyKeys("identity", "text", "json", "timestamp", "table_options");
        }
        assertThat(Vendor.POSTGRESQL.placeholders()).containsEntry("json", "JSONB");
        assertThat(Vendor.MARIADB.placeholders()).containsEntry("json", "JSON");
        assertThat(Vendor.MARIADB.placeholders().get("table_options")).contains("utf8mb4");
    }
}
