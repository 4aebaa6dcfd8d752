package fi.hoitomalli.contact;

import fi.hoitomalli.catalog.SelfServiceChannel;
import fi.hoitomalli.common.LocalizedText;
import java.util.Optional;

/**
 * The documented topic set (aiheet) of inquiries: what the ground rules distinguish. Each topic
 * names the self-service channel that would have answered it, if any, so that the secretary can point
 * the caller there.
 */
public enum Topic {
    /** Annual leave: timing, balance, applying. */
    ANNUAL_LEAVE("Vuosiloma", "Semester", "Annual leave", SelfServiceChannel.HR_DESKTOP),
    /** Discretionary time off (harkinnanvarainen vapaa). */
    TIME_OFF("Harkinnanvarainen vapaa", "Prövningsbaserad ledighet", "Discretionary time off", null),
    /** Sick leave and other absences. */
    ABSENCE("Poissaolot", "Frånvaro", "Absences", SelfServiceChannel.HR_DESKTOP),
    /** One's own pay. */
    PAY("Palkka", "Lön", "Pay", null),
    /** Own personal data, bank account. */
    PERSONAL_DATA("Omat tiedot ja pankkitili", "Egna uppgifter och bankkonto", "Own data and bank account",
            SelfServiceChannel.HR_DESKTOP),
    /** Commuter tickets (työmatkasetelit). */
    COMMUTER_TICKETS("Työmatkasetelit", "Arbetsresesedlar", "Commuter tickets", SelfServiceChannel.HR_DESKTOP),
    /** Enrolling in internal training. */
    TRAINING_ENROLMENT("Koulutukseen ilmoittautuminen", "Anmälan till utbildning", "Training enrolment",
            SelfServiceChannel.HR_DESKTOP),
    /** Making an employment contract or appointment (supervisors). */
    CONTRACT_OR_APPOINTMENT("Työsopimuksen tai viranhoitomääräyksen tekeminen",
            "Att göra arbetsavtal eller tjänsteförordnande", "Making a contract or appointment",
            SelfServiceChannel.PALVELUKSEENOTTO),
    /** Using the HR desktop (supervisors). */
    HR_DESKTOP_USE("HR-työpöydän käyttö", "Användning av HR-skrivbordet", "Using the HR desktop",
            SelfServiceChannel.HR_DESKTOP),
    /** Checking pay, pricing codes and grounds for a fixed term before signing. */
    CONTRACT_CHECK_BEFORE_SIGNING("Sopimuksen tarkistus ennen allekirjoitusta", "Kontroll av avtal före underskrift",
            "Checking a contract before signing", SelfServiceChannel.PALVELUKSEENOTTO),
    /** A signed contract or appointment that is wrong. */
    SIGNED_CONTRACT_ERROR("Virheellinen allekirjoitettu sopimus", "Felaktigt undertecknat avtal",
            "Wrongly signed contract", null),
    /** Pay requested while the signed contract has not arrived. */
    PAY_WITHOUT_SIGNED_CONTRACT("Palkka ilman allekirjoitettua sopimusta", "Lön utan undertecknat avtal",
            "Pay without a signed contract", null),
    /** Repeated or otherwise serious errors in a customer's actions. */
    REPEATED_OR_SERIOUS_ERRORS("Toistuvat tai merkittävät virheet", "Upprepade eller allvarliga fel",
            "Repeated or serious errors", null),
    /** Which job title to use. */
    JOB_TITLE("Nimike", "Befattningsbenämning", "Job title", null),
    /** Which pay level applies, when it is not known. */
    PAY_LEVEL("Palkan taso", "Lönenivå", "Pay level", null),
    /** Qualification requirements (kelpoisuusehdot). */
    QUALIFICATION_REQUIREMENTS("Kelpoisuusehdot", "Behörighetsvillkor", "Qualification requirements", null),
    /** A question that needs the employer's interpretation (työnantajatulkinta). */
    EMPLOYER_INTERPRETATION("Työnantajan tulkinta", "Arbetsgivarens tolkning", "Employer's interpretation", null),
    /** Taxation. */
    TAXATION("Verotus", "Beskattning", "Taxation", null),
    /** Calculating future earnings, e.g. for a tax card. */
    FUTURE_EARNINGS("Tulevien ansioiden laskenta", "Beräkning av framtida inkomster", "Future earnings", null),
    /** A dispute about applying the collective agreement. */
    AGREEMENT_DISPUTE("Sopimuksen soveltamista koskeva erimielisyys", "Tvist om tillämpningen av avtalet",
            "Dispute about applying the agreement", null),
    /** Salary left unpaid because the supervisor neglected something. */
    UNPAID_SALARY_SUPERVISOR_NEGLECT("Maksamatta jäänyt palkka esimiehen laiminlyönnin vuoksi",
            "Obetald lön på grund av chefens försummelse", "Salary unpaid through the supervisor's neglect", null),
    /** Feedback or a complaint about our service. */
    SERVICE_FEEDBACK("Palaute palvelusta", "Respons på servicen", "Feedback on our service", null),
    /** Forms and instructions. */
    FORMS_AND_INSTRUCTIONS("Lomakkeet ja ohjeet", "Blanketter och anvisningar", "Forms and instructions",
            SelfServiceChannel.INTRANET),
    /** HR news and changes. */
    HR_NEWS("Henkilöstöasioiden ajankohtaiset", "Aktuellt i personalfrågor", "HR news", SelfServiceChannel.INTRANET),
    /** Internal vacancies. */
    INTERNAL_VACANCIES("Sisäiset työpaikat", "Interna lediga jobb", "Internal vacancies", SelfServiceChannel.INTRANET),
    /** Changes for the next payroll. */
    PAYROLL_CHANGE("Muutos seuraavaan palkanmaksuun", "Ändring till nästa löneutbetalning",
            "Change for the next payroll", null),
    /** Any other employment-relationship matter. */
    OTHER("Muu palvelussuhdeasia", "Annan anställningsfråga", "Other employment matter", null);

    private final LocalizedText title;
    private final SelfServiceChannel selfService;

    Topic(String fi, String sv, String en, SelfServiceChannel selfService) {
        this.title = new LocalizedText(fi, sv, en);
        this.selfService = selfService;
    }

    /** The topic's name in fi/sv/en. */
    public LocalizedText title() {
        return title;
    }

    /** The self-service channel that would have answered the topic, if any. */
    public Optional<SelfServiceChannel> selfService() {
        return Optional.ofNullable(selfService);
    }
}
