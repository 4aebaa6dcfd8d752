package fi.hoitomalli.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The Jackson {@code Module} of Hoitomalli: registers the JSON shape of every public type of the library
 * (ids as plain strings, sealed types with a {@code "type"} property, {@code java.time} as ISO-8601
 * text). Found by {@code ObjectMapper.findAndRegisterModules()} through ServiceLoader; or use
 * {@link #newObjectMapper()}. Each feature's mapping lives in its own package-private class here, so
 * domain types carry no Jackson annotations.
 */
public final class HoitomalliModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The module with the mappings of every feature. */
    public HoitomalliModule() {
        super("hoitomalli");
        FoundationJson.register(this);
        CustomerJson.register(this);
        TeamJson.register(this);
        CalendarJson.register(this);
        ContactJson.register(this);
        PlanJson.register(this);
        ReminderJson.register(this);
        SegmentJson.register(this);
        PotPlanJson.register(this);
        FormsJson.register(this);
        PhoneJson.register(this);
    }

    /**
     * A new mapper with this module, {@code java.time} and {@code Optional} support, ISO-8601 dates, and
     * strict reading (unknown properties fail).
     */
    public static ObjectMapper newObjectMapper() {
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(new HoitomalliModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }
}
