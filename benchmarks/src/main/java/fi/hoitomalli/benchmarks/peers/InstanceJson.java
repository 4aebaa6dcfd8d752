package fi.hoitomalli.benchmarks.peers;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hoitomalli.json.HoitomalliModule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes {@link PeerInstance}s as JSON (ISO dates and times, weekdays by name). */
public final class InstanceJson {

    private static final ObjectMapper MAPPER = HoitomalliModule.newObjectMapper();

    private InstanceJson() {
    }

    /** The instance as JSON text. */
    public static String toJson(PeerInstance instance) throws IOException {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(instance);
    }

    /** The instance of a JSON text. */
    public static PeerInstance fromJson(String json) throws IOException {
        return MAPPER.readValue(json, PeerInstance.class);
    }

    /** Writes {@code dir/NAME.json} and returns its path. */
    public static Path write(PeerInstance instance, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(instance.name() + ".json");
        MAPPER.writeValue(file.toFile(), instance);
        return file;
    }

    /** Reads an instance file. */
    public static PeerInstance read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), PeerInstance.class);
    }
}
