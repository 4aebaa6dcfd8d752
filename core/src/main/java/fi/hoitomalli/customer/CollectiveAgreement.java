package fi.hoitomalli.customer;

import java.util.List;
import java.util.Objects;
import fi.hoitomalli.common.LocalizedText;

/**
 * A collective agreement (virka- ja työehtosopimus) that applies to a customer. Agreements are data, not
 * a closed enum: cities and years differ. The known Finnish municipal agreements are constants; a city
 * adds its own with the constructor.
 *
 * @param code the short code used in segments and imports
 * @param name the agreement's name in fi/sv/en
 */
public record CollectiveAgreement(AgreementCode code, LocalizedText name) {

    /** Kunnallinen yleinen virka- ja työehtosopimus — the general municipal agreement. */
    public static final CollectiveAgreement KVTES = of("KVTES",
            "Kunnallinen yleinen virka- ja työehtosopimus",
            "Allmänna kommunala tjänste- och arbetskollektivavtalet",
            "General Collective Agreement for Municipal Personnel");
    /** Opetusalan virka- ja työehtosopimus — teachers. */
    public static final CollectiveAgreement OVTES = of("OVTES",
            "Opetusalan virka- ja työehtosopimus",
            "Undervisningssektorns tjänste- och arbetskollektivavtal",
            "Collective Agreement for Teaching Personnel");
    /** Kunnallinen teknisten sopimus — technical staff. */
    public static final CollectiveAgreement TS = of("TS",
            "Kunnallinen teknisten sopimus",
            "Kommunala avtalet för tekniska",
            "Collective Agreement for Technical Personnel");
    /** Lääkärisopimus — physicians. */
    public static final CollectiveAgreement LS = of("LS",
            "Lääkärisopimus",
            "Läkaravtalet",
            "Collective Agreement for Physicians");
    /** Tuntipalkkaisten työehtosopimus — hourly paid workers. */
    public static final CollectiveAgreement TTES = of("TTES",
            "Tuntipalkkaisten työehtosopimus",
            "Arbetskollektivavtalet för timavlönade",
            "Collective Agreement for Hourly Paid Workers");
    /** Sosiaali- ja terveydenhuollon työehtosopimus — social and health care, since 2022. */
    public static final CollectiveAgreement SOTE = of("SOTE",
            "Sosiaali- ja terveydenhuollon työehtosopimus",
            "Kollektivavtalet för social- och hälsovården",
            "Collective Agreement for Social and Health Care");

    /** The known municipal agreements, in the order above. */
    public static final List<CollectiveAgreement> KNOWN = List.of(KVTES, OVTES, TS, LS, TTES, SOTE);

    public CollectiveAgreement {
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(name, "name must not be null");
    }

    private static CollectiveAgreement of(String code, String fi, String sv, String en) {
        return new CollectiveAgreement(new AgreementCode(code), new LocalizedText(fi, sv, en));
    }
}
