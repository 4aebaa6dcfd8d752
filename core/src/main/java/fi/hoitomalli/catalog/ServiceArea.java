package fi.hoitomalli.catalog;

import fi.hoitomalli.common.LocalizedText;

/**
 * A service (palvelu) of the HR service centre's catalogue: the five lifecycle service areas.
 * Each {@link ProductCard} belongs to one area; an area with several cards (e.g. the
 * employment-relationship services) has one card per sub-service.
 */
public enum ServiceArea {
    /** Recruitment support (rekrytoinnin tuki). */
    RECRUITMENT_SUPPORT(new LocalizedText("Rekrytoinnin tuki", "Rekryteringsstöd", "Recruitment support")),
    /** Employment-relationship services (palvelussuhdepalvelut): contracts, appointments, leave, absences, vacancies. */
    EMPLOYMENT_RELATIONSHIP(new LocalizedText("Palvelussuhdepalvelut", "Anställningstjänster",
            "Employment-relationship services")),
    /** Payroll services (palkkapalvelut): salaries, fees and work compensations. */
    PAYROLL(new LocalizedText("Palkkapalvelut", "Lönetjänster", "Payroll services")),
    /** HR system services (henkilöstöjärjestelmäpalvelut). */
    HR_SYSTEMS(new LocalizedText("Henkilöstöjärjestelmäpalvelut", "HR-systemtjänster", "HR system services")),
    /** Training and advice (koulutus ja neuvonta). */
    TRAINING_AND_ADVICE(new LocalizedText("Koulutus ja neuvonta", "Utbildning och rådgivning", "Training and advice"));

    private final LocalizedText title;

    ServiceArea(LocalizedText title) {
        this.title = title;
    }

    /** The area's name in fi/sv/en. */
    public LocalizedText title() {
        return title;
    }
}
