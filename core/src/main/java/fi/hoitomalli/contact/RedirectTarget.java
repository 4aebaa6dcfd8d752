package fi.hoitomalli.contact;

import fi.hoitomalli.common.LocalizedText;

/** Where a question that is not ours goes (ohjaus oikeaan osoitteeseen). */
public enum RedirectTarget {
    /** The sector's own HR unit (toimialan henkilöstöyksikkö): qualifications, titles, employer interpretation. */
    SECTOR_HR_UNIT(new LocalizedText("Toimialan henkilöstöyksikkö", "Sektorns personalenhet", "Sector HR unit")),
    /** Employer services (Työnantajapalvelut) of the HR centre: questions of several sectors or central administration. */
    EMPLOYER_SERVICES(new LocalizedText("Työnantajapalvelut", "Arbetsgivartjänster", "Employer services")),
    /** The tax office (verotoimisto). */
    TAX_OFFICE(new LocalizedText("Verotoimisto", "Skattebyrån", "Tax office")),
    /** Shop stewards (luottamusmiehet) and unions (palkansaajajärjestöt). */
    SHOP_STEWARDS_AND_UNIONS(new LocalizedText("Luottamusmiehet ja palkansaajajärjestöt",
            "Förtroendemän och arbetstagarorganisationer", "Shop stewards and unions")),
    /** The employee's own supervisor (oma esimies). */
    OWN_SUPERVISOR(new LocalizedText("Oma esimies", "Egen chef", "Own supervisor"));

    private final LocalizedText title;

    RedirectTarget(LocalizedText title) {
        this.title = title;
    }

    /** The target's name in fi/sv/en. */
    public LocalizedText title() {
        return title;
    }
}
