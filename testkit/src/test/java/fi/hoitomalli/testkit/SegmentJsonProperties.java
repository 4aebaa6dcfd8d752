package fi.hoitomalli.testkit;

import fi.hoitomalli.json.HoitomalliModule;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hoitomalli.reference.ReferenceCity;
import fi.hoitomalli.segment.Audience;
import fi.hoitomalli.segment.InSector;
import fi.hoitomalli.segment.Segment;
import fi.hoitomalli.segment.SegmentCounts;
import fi.hoitomalli.segment.ServiceCentreCustomer;
import fi.hoitomalli.customer.SectorId;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/** Segments, audiences and segment counts round-trip through {@link HoitomalliModule} losslessly. */
@Domain(SegmentDomain.class)
class SegmentJsonProperties {

    private static final ObjectMapper MAPPER = HoitomalliModule.newObjectMapper();

    @Property(tries = 200)
    void segmentsRoundTrip(@ForAll Segment segment) throws Exception {
        String json = MAPPER.writeValueAsString(segment);
        assertThat(MAPPER.readValue(json, Segment.class)).isEqualTo(segment);
    }

    @Property(tries = 100)
    void audiencesRoundTrip(@ForAll Audience audience) throws Exception {
        String json = MAPPER.writeValueAsString(audience);
        assertThat(MAPPER.readValue(json, Audience.class)).isEqualTo(audience);
    }

    @Property(tries = 5)
    void segmentCountsRoundTrip(@ForAll ReferenceCity city) throws Exception {
        SegmentCounts counts = SegmentCounts.bySectorRoleAgreement(city.customerBase());
        String json = MAPPER.writeValueAsString(counts);
        assertThat(MAPPER.readValue(json, SegmentCounts.class)).isEqualTo(counts);
    }

    @Example
    void segmentJsonIsTypeTagged() throws Exception {
        Segment segment = new InSector(new SectorId("SIVI")).and(new ServiceCentreCustomer().negate());
        assertThat(MAPPER.writeValueAsString(segment)).isEqualTo("{\"type\":\"all\",\"parts\":["
                + "{\"type\":\"inSector\",\"sector\":\"SIVI\"},"
                + "{\"type\":\"not\",\"segment\":{\"type\":\"serviceCentreCustomer\"}}]}");
    }
}
