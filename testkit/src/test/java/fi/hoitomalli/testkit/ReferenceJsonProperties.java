package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hoitomalli.json.HoitomalliModule;
import fi.hoitomalli.reference.CitySpec;
import fi.hoitomalli.reference.VantaaReference;
import fi.hoitomalli.team.PotPolicy;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The specs of generated cities round-trip through {@link HoitomalliModule} losslessly. */
class ReferenceJsonProperties {

    private static final ObjectMapper MAPPER = HoitomalliModule.newObjectMapper();

    @Property(tries = 50)
    void citySpecsRoundTrip(@ForAll @IntRange(min = 100, max = 100_000) int supervisors,
                            @ForAll @IntRange(min = 6, max = 5_000) int secretaries,
                            @ForAll @IntRange(min = 0, max = 20) int extraPerSupervisor) throws Exception {
        CitySpec spec = VantaaReference.scaled(supervisors * (1 + extraPerSupervisor) + 18, supervisors, secretaries,
                new PotPolicy(250, 450, 5, 60, 0.2));
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(spec), CitySpec.class)).isEqualTo(spec);
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(VantaaReference.spec()), CitySpec.class))
                .isEqualTo(VantaaReference.spec());
    }
}
