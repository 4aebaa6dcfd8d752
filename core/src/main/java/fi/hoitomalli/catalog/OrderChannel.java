package fi.hoitomalli.catalog;

import fi.hoitomalli.common.LocalizedText;

/** How a service is ordered (tilauskanava). */
public enum OrderChannel {
    /** By e-mail or phone to the customer's own secretary. */
    OWN_SECRETARY(new LocalizedText("Oma henkilöstöpalvelusihteeri", "Egen personalservicesekreterare",
            "Own HR service secretary")),
    /** In Palvelukseenotto, by the supervisor. */
    PALVELUKSEENOTTO(new LocalizedText("Palvelukseenotto", "Palvelukseenotto (anställning)",
            "Palvelukseenotto (hiring)")),
    /** On the HR desktop, by the employee or the supervisor. */
    HR_DESKTOP(new LocalizedText("HR-työpöytä", "HR-skrivbordet", "HR desktop")),
    /** With a form from the intranet. */
    INTRANET_FORM(new LocalizedText("Intranetin lomake", "Blankett på intranätet", "Intranet form"));

    private final LocalizedText title;

    OrderChannel(LocalizedText title) {
        this.title = title;
    }

    /** The channel's name in fi/sv/en. */
    public LocalizedText title() {
        return title;
    }
}
