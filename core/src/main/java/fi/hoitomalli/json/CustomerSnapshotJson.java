package fi.hoitomalli.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.List;
import fi.hoitomalli.customer.Customer;
import fi.hoitomalli.customer.CustomerBase;
import fi.hoitomalli.customer.OrgStructure;
import fi.hoitomalli.customer.OrgUnit;
import fi.hoitomalli.customer.Sector;

/**
 * JSON shape of a customer base (and so of a {@code CustomerSnapshot}): {@code {"sectors": [...],
 * "units": [...], "customers": [...]}} in the base's order; reading rebuilds and re-checks the base.
 */
final class CustomerSnapshotJson {

    private CustomerSnapshotJson() {
    }

    static void register(SimpleModule module) {
        module.addSerializer(CustomerBase.class, new JsonSerializer<CustomerBase>() {
            @Override
            public void serialize(CustomerBase base, JsonGenerator gen, SerializerProvider provider)
                    throws IOException {
                gen.writeStartObject();
                provider.defaultSerializeField("sectors", base.orgStructure().sectors(), gen);
                provider.defaultSerializeField("units", base.orgStructure().units(), gen);
                gen.writeFieldName("customers");
                JavaType customers = provider.getTypeFactory().constructType(new TypeReference<List<Customer>>() { });
                provider.findTypedValueSerializer(customers, true, null).serialize(base.customers(), gen, provider);
                gen.writeEndObject();
            }
        });
        module.addDeserializer(CustomerBase.class, new JsonDeserializer<CustomerBase>() {
            @Override
            public CustomerBase deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
                JsonNode node = ctxt.readTree(parser);
                List<Sector> sectors = read(ctxt, node, "sectors", new TypeReference<List<Sector>>() { });
                List<OrgUnit> units = read(ctxt, node, "units", new TypeReference<List<OrgUnit>>() { });
                List<Customer> customers = read(ctxt, node, "customers", new TypeReference<List<Customer>>() { });
                try {
                    return CustomerBase.of(OrgStructure.of(sectors, units), customers);
                } catch (IllegalArgumentException | NullPointerException e) {
                    return ctxt.reportInputMismatch(CustomerBase.class, "invalid customer base: %s", e.getMessage());
                }
            }
        });
    }

    private static <T> List<T> read(DeserializationContext ctxt, JsonNode node, String field,
                                    TypeReference<List<T>> type) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            return ctxt.reportInputMismatch(CustomerBase.class, "customer base needs an array '%s'", field);
        }
        JavaType javaType = ctxt.getTypeFactory().constructType(type);
        return ctxt.readTreeAsValue(value, javaType);
    }
}
