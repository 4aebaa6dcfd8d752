package fi.hoitomalli.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.module.SimpleModule;
import fi.hoitomalli.segment.All;
import fi.hoitomalli.segment.AnyOf;
import fi.hoitomalli.segment.HasRole;
import fi.hoitomalli.segment.InSector;
import fi.hoitomalli.segment.InSubtree;
import fi.hoitomalli.segment.Not;
import fi.hoitomalli.segment.Segment;
import fi.hoitomalli.segment.ServiceCentreCustomer;
import fi.hoitomalli.segment.SpeaksLanguage;
import fi.hoitomalli.segment.UnderAgreement;

/**
 * JSON shape of segments (SEG-1): a {@code "type"}-tagged tree, e.g.
 * {@code {"type":"all","parts":[{"type":"inSector","sector":"SIVI"},{"type":"hasRole","role":"SUPERVISOR"}]}}.
 * Audiences and segment counts are plain records around it.
 */
final class SegmentJson {

    private SegmentJson() {
    }

    static void register(SimpleModule module) {
        module.setMixInAnnotation(Segment.class, SegmentMixin.class);
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = InSector.class, name = "inSector"),
        @JsonSubTypes.Type(value = InSubtree.class, name = "inSubtree"),
        @JsonSubTypes.Type(value = HasRole.class, name = "hasRole"),
        @JsonSubTypes.Type(value = ServiceCentreCustomer.class, name = "serviceCentreCustomer"),
        @JsonSubTypes.Type(value = UnderAgreement.class, name = "underAgreement"),
        @JsonSubTypes.Type(value = SpeaksLanguage.class, name = "speaksLanguage"),
        @JsonSubTypes.Type(value = All.class, name = "all"),
        @JsonSubTypes.Type(value = AnyOf.class, name = "anyOf"),
        @JsonSubTypes.Type(value = Not.class, name = "not")
    })
    abstract static class SegmentMixin {
    }
}
