package fi.hoitomalli.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The convention of the migration folders, which Flyway alone would only catch on the vendor where it
 * breaks: every version is either common (in {@code common} only) or vendor-specific (in every vendor
 * folder, and not in {@code common}); and the vendor folders are exactly the vendors'.
 */
class MigrationLayoutTest {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__\\w+\\.sql");

    @Test
    void everyVersionIsCommonOrInEveryVendorFolder() throws IOException, URISyntaxException {
        Path root = Path.of(Migrations.class.getClassLoader().getResource(Migrations.ROOT).toURI());
        Map<String, Set<String>> foldersByVersion = new TreeMap<>();
        List<String> folders = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                String folder = dir.getFileName().toString();
                folders.add(folder);
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.toList()) {
                        Matcher m = VERSIONED.matcher(file.getFileName().toString());
                        assertThat(m.matches()).as("migration file name %s/%s", folder, file.getFileName()).isTrue();
                        foldersByVersion.computeIfAbsent(m.group(1), v -> new TreeSet<>()).add(folder);
                    }
                }
            }
        }
        Set<String> vendorFolders = new TreeSet<>();
        EnumSet.allOf(Vendor.class).forEach(v -> vendorFolders.add(v.folder()));
        assertThat(vendorFolders).doesNotContain("common");
        assertThat(folders).contains("common").allMatch(f -> f.equals("common") || vendorFolders.contains(f));
        assertThat(foldersByVersion).isNotEmpty();
        foldersByVersion.forEach((version, in) -> assertThat(in.equals(Set.of("common")) || in.equals(vendorFolders))
                .as("version %s is in %s: either common only or every vendor folder %s", version, in, vendorFolders)
                .isTrue());
    }

    @Test
    void theVendorsOwnFolderIsUsedOnlyWhenItExists() {
        for (Vendor vendor : Vendor.values()) {
            boolean exists = Migrations.class.getClassLoader().getResource(Migrations.ROOT + vendor.folder()) != null;
            assertThat(Migrations.locations(vendor)).first().isEqualTo("classpath:db/migration/common");
            assertThat(Migrations.locations(vendor)).hasSize(exists ? 2 : 1);
        }
    }
}
