package fi.hoitomalli.catalog;

import fi.hoitomalli.common.LocalizedText;

/**
 * An electronic self-service channel (sähköinen itsepalvelukanava) that answers many questions
 * without a call: secretaries point callers to the right one.
 */
public enum SelfServiceChannel {
    /** HR desktop (HR-työpöytä): annual leave, own data, bank account, commuter tickets, training enrolment. */
    HR_DESKTOP(new LocalizedText("HR-työpöytä", "HR-skrivbordet", "HR desktop"),
            new LocalizedText("Vuosilomat, omat tiedot, pankkitili, työmatkasetelit ja koulutuksiin ilmoittautuminen",
                    "Semester, egna uppgifter, bankkonto, arbetsresesedlar och anmälan till utbildning",
                    "Annual leave, own data, bank account, commuter tickets and training enrolment")),
    /** Palvelukseenotto: supervisors make employment contracts and appointments themselves. */
    PALVELUKSEENOTTO(new LocalizedText("Palvelukseenotto", "Palvelukseenotto (anställning)",
            "Palvelukseenotto (hiring)"),
            new LocalizedText("Esimiehet tekevät työsopimukset, viranhoitomääräykset ja niiden muutokset",
                    "Chefer gör arbetsavtal, tjänsteförordnanden och ändringar i dem",
                    "Supervisors make employment contracts, appointments and their changes")),
    /** The intranet: news, forms, the supervisors' newsletter, internal vacancies. */
    INTRANET(new LocalizedText("Intranet", "Intranätet", "Intranet"),
            new LocalizedText("Tiedotteet, lomakkeet, esimiesten uutiskirje ja sisäiset työpaikat",
                    "Meddelanden, blanketter, chefernas nyhetsbrev och interna lediga jobb",
                    "News, forms, the supervisors' newsletter and internal vacancies"));

    private final LocalizedText title;
    private final LocalizedText purpose;

    SelfServiceChannel(LocalizedText title, LocalizedText purpose) {
        this.title = title;
        this.purpose = purpose;
    }

    /** The channel's name in fi/sv/en. */
    public LocalizedText title() {
        return title;
    }

    /** What the channel is for, in fi/sv/en. */
    public LocalizedText purpose() {
        return purpose;
    }
}
