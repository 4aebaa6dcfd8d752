package fi.hoitomalli.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.function.Function;

/**
 * Maps a non-record class (one that is built through a checking factory, like {@code OrgStructure.of})
 * as the record of its constituents, and rebuilds it through the factory when read, so that every
 * invariant the factory checks holds for JSON input too.
 */
final class Constituents {

    private Constituents() {
    }

    static <T, D> void register(SimpleModule module, Class<T> type, Class<D> shape, Function<T, D> toShape,
                                Function<D, T> fromShape) {
        module.addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                serializers.findValueSerializer(shape).serialize(toShape.apply(value), gen, serializers);
            }
        });
        module.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
                D read = ctxt.readValue(parser, shape);
                try {
                    return fromShape.apply(read);
                } catch (IllegalArgumentException | NullPointerException e) {
                    return ctxt.reportInputMismatch(type, "invalid %s: %s", type.getSimpleName(), e.getMessage());
                }
            }
        });
    }
}
