package fi.hoitomalli.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.function.Function;
import fi.hoitomalli.calendar.PayrollRuns;
import fi.hoitomalli.common.EmailAddress;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.OrgUnitId;
import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.StaffId;
import fi.hoitomalli.team.TeamId;

/** JSON shapes of the foundation: ids and e-mail addresses as strings, customers by role. */
final class FoundationJson {

    private FoundationJson() {
    }

    static void register(SimpleModule module) {
        stringValue(module, SectorId.class, SectorId::value, SectorId::new);
        stringValue(module, OrgUnitId.class, OrgUnitId::value, OrgUnitId::new);
        stringValue(module, CustomerId.class, CustomerId::value, CustomerId::new);
        stringValue(module, AgreementCode.class, AgreementCode::value, AgreementCode::new);
        stringValue(module, EmailAddress.class, EmailAddress::value, EmailAddress::new);
        stringValue(module, SecretaryId.class, SecretaryId::value, SecretaryId::new);
        stringValue(module, StaffId.class, StaffId::value, StaffId::new);
        stringValue(module, TeamId.class, TeamId::value, TeamId::new);
        module.setMixInAnnotation(Customer.class, Mixins.CustomerMixin.class);
        module.setMixInAnnotation(PayrollRuns.class, Mixins.PayrollRunsMixin.class);
    }

    /**
     * Maps a single-string value type (an id, an address) to a JSON string and back. Used by every
     * feature's mapping.
     */
    static <T> void stringValue(SimpleModule module, Class<T> type, Function<T, String> toText,
                                Function<String, T> fromText) {
        module.addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(toText.apply(value));
            }
        });
        module.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
                String text = parser.getValueAsString();
                try {
                    return fromText.apply(text);
                } catch (IllegalArgumentException | NullPointerException e) {
                    return ctxt.reportInputMismatch(type, "invalid %s: %s", type.getSimpleName(), e.getMessage());
                }
            }
        });
        // Ids are also map keys (e.g. a PotAssignment's owners): same text as the value.
        module.addKeySerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeFieldName(toText.apply(value));
            }
        });
        module.addKeyDeserializer(type, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
                try {
                    return fromText.apply(key);
                } catch (IllegalArgumentException | NullPointerException e) {
                    return ctxt.handleWeirdKey(type, key, "invalid %s: %s", type.getSimpleName(), e.getMessage());
                }
            }
        });
    }
}
