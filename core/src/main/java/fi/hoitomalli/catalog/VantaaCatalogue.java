package fi.hoitomalli.catalog;

import fi.hoitomalli.catalog.QualityMetric.Comparison;
import fi.hoitomalli.catalog.QualityMetric.MetricUnit;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.team.TeamId;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The City of Vantaa's product catalogue (tuotekortisto) as reference data: one card per
 * service or sub-service — recruitment support; the employment-relationship services (contracts,
 * appointments, annual leave, absences, vacancies); payroll (salaries, fees and work compensations);
 * HR system services; training and advice. The thesis names the services and what a card holds; the
 * delivery times, deadlines and metric targets here are the library's worked example, to be replaced by
 * a city's own figures.
 */
public final class VantaaCatalogue {

    /** The team that owns the cards when no other is given: the HR services unit as a whole. */
    public static final TeamId DEFAULT_OWNER = new TeamId("HEPA");

    /** Orders in by 16:00 local time count for the same day. */
    public static final LocalTime CUT_OFF = LocalTime.of(16, 0);

    /** Payroll changes must be in by the 5th working day before the run. */
    public static final int PAYROLL_LEAD_WORKING_DAYS = 5;

    private VantaaCatalogue() {
    }

    /** The catalogue with every card owned by {@link #DEFAULT_OWNER}. */
    public static List<ProductCard> cards() {
        return cards(DEFAULT_OWNER);
    }

    /**
     * The catalogue with every card owned by the given team, in catalogue order.
     *
     * @throws NullPointerException if the team is null
     */
    public static List<ProductCard> cards(TeamId owner) {
        Objects.requireNonNull(owner, "owner must not be null");
        return List.of(
                recruitmentSupport(owner),
                contracts(owner),
                appointments(owner),
                annualLeave(owner),
                absences(owner),
                vacancies(owner),
                salaries(owner),
                feesAndCompensations(owner),
                hrSystems(owner),
                trainingAndAdvice(owner));
    }

    private static ProductCard recruitmentSupport(TeamId owner) {
        return new ProductCard(new ProductCardId("REKRY"), ServiceArea.RECRUITMENT_SUPPORT,
                t("Rekrytoinnin tuki", "Rekryteringsstöd", "Recruitment support"),
                t("Valitun henkilön palvelukseen oton valmistelu: kelpoisuus- ja palkkatietojen tarkistus ja "
                                + "palvelussuhteen perustaminen järjestelmiin",
                        "Förberedelse av anställningen av den valda personen: kontroll av behörighets- och "
                                + "löneuppgifter och registrering av anställningen i systemen",
                        "Preparing the hiring of the chosen person: checking qualification and pay data and "
                                + "setting up the employment in the systems"),
                new Responsibilities(
                        List.of(t("Tarkistamme palkan ja hinnoittelutunnuksen", "Vi kontrollerar lönen och "
                                + "prissättningskoden", "We check the pay and the pricing code"),
                                t("Perustamme palvelussuhteen järjestelmiin", "Vi registrerar anställningen "
                                        + "i systemen", "We set up the employment in the systems")),
                        List.of(t("Esimies valitsee henkilön ja toimittaa valintapäätöksen", "Chefen väljer "
                                + "personen och lämnar in beslutet", "The supervisor chooses the person and "
                                + "hands in the decision"))),
                new OrderingRules(OrderChannel.OWN_SECRETARY, new OrderingDeadline.AnyWorkingDay(CUT_OFF)),
                5, List.of(onTime(95), satisfaction()), owner, Optional.of(SelfServiceChannel.INTRANET));
    }

    private static ProductCard contracts(TeamId owner) {
        return new ProductCard(new ProductCardId("TYOSOPIMUKSET"), ServiceArea.EMPLOYMENT_RELATIONSHIP,
                t("Työsopimukset", "Arbetsavtal", "Employment contracts"),
                t("Työsopimusten ja niiden muutosten tarkistus ja käsittely; tuki Palvelukseenoton käytössä",
                        "Kontroll och behandling av arbetsavtal och ändringar i dem; stöd i Palvelukseenotto",
                        "Checking and processing employment contracts and their changes; support with "
                                + "Palvelukseenotto"),
                new Responsibilities(
                        List.of(t("Tarkistamme palkan, hinnoittelutunnukset ja määräaikaisuuden perusteen ennen "
                                        + "allekirjoitusta", "Vi kontrollerar lön, prissättningskoder och grunden "
                                        + "för visstid före underskriften", "We check pay, pricing codes and the "
                                        + "grounds for a fixed term before signing")),
                        List.of(t("Esimies laatii sopimuksen Palvelukseenotossa ja toimittaa allekirjoitetun "
                                        + "sopimuksen", "Chefen gör avtalet i Palvelukseenotto och lämnar in "
                                        + "det undertecknade avtalet", "The supervisor drafts the contract in "
                                        + "Palvelukseenotto and hands in the signed contract"))),
                new OrderingRules(OrderChannel.PALVELUKSEENOTTO, new OrderingDeadline.AnyWorkingDay(CUT_OFF)),
                3, List.of(onTime(95), firstTimeRight(98)), owner, Optional.of(SelfServiceChannel.PALVELUKSEENOTTO));
    }

    private static ProductCard appointments(TeamId owner) {
        return new ProductCard(new ProductCardId("VIRANHOITOMAARAYKSET"), ServiceArea.EMPLOYMENT_RELATIONSHIP,
                t("Viranhoitomääräykset", "Tjänsteförordnanden", "Appointments to office"),
                t("Viranhoitomääräysten ja niiden muutosten tarkistus ja käsittely",
                        "Kontroll och behandling av tjänsteförordnanden och ändringar i dem",
                        "Checking and processing appointments to office and their changes"),
                new Responsibilities(
                        List.of(t("Tarkistamme palkan ja määräaikaisuuden perusteen", "Vi kontrollerar lönen "
                                + "och grunden för visstid", "We check the pay and the grounds for a fixed term")),
                        List.of(t("Esimies laatii määräyksen ja toimittaa allekirjoitetun määräyksen",
                                "Chefen gör förordnandet och lämnar in det undertecknade förordnandet",
                                "The supervisor drafts the appointment and hands in the signed one"))),
                new OrderingRules(OrderChannel.PALVELUKSEENOTTO, new OrderingDeadline.AnyWorkingDay(CUT_OFF)),
                3, List.of(onTime(95), firstTimeRight(98)), owner, Optional.of(SelfServiceChannel.PALVELUKSEENOTTO));
    }

    private static ProductCard annualLeave(TeamId owner) {
        return new ProductCard(new ProductCardId("VUOSILOMAT"), ServiceArea.EMPLOYMENT_RELATIONSHIP,
                t("Vuosilomat", "Semester", "Annual leave"),
                t("Vuosilomien kirjaus, lomapalkat ja lomarahat", "Registrering av semester, semesterlöner "
                        + "och semesterpenning", "Recording annual leave, holiday pay and holiday bonuses"),
                new Responsibilities(
                        List.of(t("Kirjaamme hyväksytyt lomat ja laskemme lomapalkan", "Vi registrerar beviljad "
                                + "semester och räknar semesterlönen", "We record approved leave and compute "
                                + "holiday pay")),
                        List.of(t("Palkansaaja hakee lomaa HR-työpöydällä ja esimies päättää ajankohdan",
                                "Arbetstagaren ansöker om semester på HR-skrivbordet och chefen beslutar om "
                                        + "tidpunkten", "The employee applies on the HR desktop and the "
                                        + "supervisor decides the timing"))),
                new OrderingRules(OrderChannel.HR_DESKTOP, new OrderingDeadline.AnyWorkingDay(CUT_OFF)),
                2, List.of(onTime(98)), owner, Optional.of(SelfServiceChannel.HR_DESKTOP));
    }

    private static ProductCard absences(TeamId owner) {
        return new ProductCard(new ProductCardId("POISSAOLOT"), ServiceArea.EMPLOYMENT_RELATIONSHIP,
                t("Poissaolot", "Frånvaro", "Absences"),
                t("Sairaus- ja muiden poissaolojen kirjaus ja niiden palkkavaikutukset", "Registrering av "
                        + "sjuk- och annan frånvaro och dess inverkan på lönen", "Recording sick leave and "
                        + "other absences and their effect on pay"),
                new Responsibilities(
                        List.of(t("Kirjaamme poissaolon ja sen palkkavaikutuksen", "Vi registrerar frånvaron och "
                                + "dess löneeffekt", "We record the absence and its effect on pay")),
                        List.of(t("Esimies ilmoittaa poissaolon ja toimittaa todistukset", "Chefen anmäler "
                                + "frånvaron och lämnar in intygen", "The supervisor reports the absence and "
                                + "hands in the certificates"))),
                new OrderingRules(OrderChannel.OWN_SECRETARY,
                        new OrderingDeadline.BeforePayrollRun(CUT_OFF, PAYROLL_LEAD_WORKING_DAYS)),
                0, List.of(firstTimeRight(98)), owner, Optional.of(SelfServiceChannel.HR_DESKTOP));
    }

    private static ProductCard vacancies(TeamId owner) {
        return new ProductCard(new ProductCardId("VAKANSSIT"), ServiceArea.EMPLOYMENT_RELATIONSHIP,
                t("Vakanssit", "Befattningar", "Vacancies"),
                t("Virkojen ja toimien (vakanssien) perustaminen, muutokset ja lakkautukset järjestelmissä",
                        "Inrättande, ändring och indragning av tjänster och befattningar i systemen",
                        "Creating, changing and abolishing posts (vacancies) in the systems"),
                new Responsibilities(
                        List.of(t("Ylläpidämme vakanssitiedot", "Vi upprätthåller befattningsuppgifterna",
                                "We maintain the vacancy data")),
                        List.of(t("Toimiala tekee päätöksen vakanssista", "Sektorn fattar beslutet om "
                                + "befattningen", "The sector decides on the vacancy"))),
                new OrderingRules(OrderChannel.INTRANET_FORM, new OrderingDeadline.AnyWorkingDay(CUT_OFF)),
                5, List.of(onTime(95)), owner, Optional.of(SelfServiceChannel.INTRANET));
    }

    private static ProductCard salaries(TeamId owner) {
        return new ProductCard(new ProductCardId("PALKAT"), ServiceArea.PAYROLL,
                t("Palkat", "Löner", "Salaries"),
                t("Kuukausi- ja tuntipalkkojen laskenta ja maksatus palkka-ajoissa", "Beräkning och "
                        + "utbetalning av månads- och timlöner i lönekörningarna", "Computing and paying "
                        + "monthly and hourly salaries in the payroll runs"),
                new Responsibilities(
                        List.of(t("Maksamme palkan oikein ja ajallaan", "Vi betalar lönen rätt och i tid",
                                "We pay salaries correctly and on time")),
                        List.of(t("Esimies toimittaa muutokset viimeistään 5. työpäivänä ennen palkka-ajoa",
                                "Chefen lämnar in ändringar senast den 5:e arbetsdagen före lönekörningen",
                                "The supervisor hands in changes by the 5th working day before the run"))),
                new OrderingRules(OrderChannel.OWN_SECRETARY,
                        new OrderingDeadline.BeforePayrollRun(CUT_OFF, PAYROLL_LEAD_WORKING_DAYS)),
                0, List.of(payErrors(), onTime(99.5)), owner, Optional.of(SelfServiceChannel.HR_DESKTOP));
    }

    private static ProductCard feesAndCompensations(TeamId owner) {
        return new ProductCard(new ProductCardId("PALKKIOT"), ServiceArea.PAYROLL,
                t("Palkkiot ja työkorvaukset", "Arvoden och arbetsersättningar", "Fees and work compensations"),
                t("Kokous- ja luentopalkkioiden sekä työkorvausten maksatus", "Utbetalning av mötes- och "
                        + "föreläsningsarvoden samt arbetsersättningar", "Paying meeting and lecture fees and "
                        + "work compensations"),
                new Responsibilities(
                        List.of(t("Maksamme palkkiot seuraavassa palkka-ajossa", "Vi betalar arvodena i nästa "
                                + "lönekörning", "We pay fees in the next payroll run")),
                        List.of(t("Tilaaja toimittaa palkkiolomakkeen intranetistä", "Beställaren lämnar in "
                                + "arvodesblanketten från intranätet", "The orderer hands in the fee form from "
                                + "the intranet"))),
                new OrderingRules(OrderChannel.INTRANET_FORM,
                        new OrderingDeadline.BeforePayrollRun(CUT_OFF, PAYROLL_LEAD_WORKING_DAYS)),
                0, List.of(payErrors()), owner, Optional.of(SelfServiceChannel.INTRANET));
    }

    private static ProductCard hrSystems(TeamId owner) {
        return new ProductCard(new ProductCardId("JARJESTELMAT"), ServiceArea.HR_SYSTEMS,
                t("Henkilöstöjärjestelmäpalvelut", "HR-systemtjänster", "HR system services"),
                t("Käyttöoikeudet ja käyttötuki HR-työpöytään ja Palvelukseenottoon", "Användarrättigheter "
                        + "och användarstöd för HR-skrivbordet och Palvelukseenotto", "User rights and user "
                        + "support for the HR desktop and Palvelukseenotto"),
                new Responsibilities(
                        List.of(t("Avaamme käyttöoikeudet ja neuvomme käytössä", "Vi öppnar rättigheter och "
                                + "ger användarstöd", "We grant rights and give user support")),
                        List.of(t("Esimies hakee käyttöoikeutta ja hyväksyy sen", "Chefen ansöker om och "
                                + "godkänner rättigheten", "The supervisor requests and approves the right"))),
                new OrderingRules(OrderChannel.INTRANET_FORM, new OrderingDeadline.AnyWorkingDay(CUT_OFF)),
                2, List.of(onTime(95), satisfaction()), owner, Optional.of(SelfServiceChannel.HR_DESKTOP));
    }

    private static ProductCard trainingAndAdvice(TeamId owner) {
        return new ProductCard(new ProductCardId("KOULUTUS"), ServiceArea.TRAINING_AND_ADVICE,
                t("Koulutus ja neuvonta", "Utbildning och rådgivning", "Training and advice"),
                t("Esimiesten koulutus henkilöstöasioissa ja -järjestelmissä sekä infotilaisuudet",
                        "Utbildning för chefer i personalfrågor och -system samt infotillfällen",
                        "Training supervisors in HR matters and systems, and info sessions"),
                new Responsibilities(
                        List.of(t("Järjestämme koulutukset yhdessä toimialan henkilöstöyksikön kanssa",
                                "Vi ordnar utbildningarna tillsammans med sektorns personalenhet",
                                "We run the sessions together with the sector HR unit")),
                        List.of(t("Esimies ilmoittautuu HR-työpöydällä", "Chefen anmäler sig på "
                                + "HR-skrivbordet", "The supervisor enrols on the HR desktop"))),
                new OrderingRules(OrderChannel.HR_DESKTOP, new OrderingDeadline.AnyWorkingDay(CUT_OFF)),
                10, List.of(satisfaction()), owner, Optional.of(SelfServiceChannel.INTRANET));
    }

    private static QualityMetric onTime(double percent) {
        return new QualityMetric("ON_TIME", t("Toimitettu toimitusajassa", "Levererat inom leveranstiden",
                "Delivered within the delivery time"), Comparison.AT_LEAST, percent, MetricUnit.PERCENT);
    }

    private static QualityMetric firstTimeRight(double percent) {
        return new QualityMetric("FIRST_TIME_RIGHT", t("Oikein ensimmäisellä kerralla", "Rätt första gången",
                "Right the first time"), Comparison.AT_LEAST, percent, MetricUnit.PERCENT);
    }

    private static QualityMetric satisfaction() {
        return new QualityMetric("SATISFACTION", t("Asiakastyytyväisyys", "Kundnöjdhet", "Customer satisfaction"),
                Comparison.AT_LEAST, 4.0, MetricUnit.SCORE_1_TO_5);
    }

    private static QualityMetric payErrors() {
        return new QualityMetric("PAY_ERRORS", t("Palkkavirheet maksetuista palkoista", "Lönefel av utbetalda "
                + "löner", "Pay errors of salaries paid"), Comparison.AT_MOST, 0.5, MetricUnit.PERCENT);
    }

    private static LocalizedText t(String fi, String sv, String en) {
        return new LocalizedText(fi, sv, en);
    }
}
