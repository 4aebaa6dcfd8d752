package fi.hoitomalli.reminder;

/**
 * One intranet update as it is listed in a reminder: its title (in the subject of an urgent notice), a
 * link to the intranet page and a short summary for the body.
 *
 * <p>Construction throws {@code IllegalArgumentException} if a value breaks these limits or could inject a mail header.
 *
 * @param id the update's id in the intranet
 * @param title the title, one line, no personal payroll data (at most 200 characters)
 * @param link the page, http or https
 * @param summary a short summary for the body, may be empty (at most 2000 characters)
 */
public record IntranetItem(String id, String title, String link, String summary) {

    public IntranetItem {
        SafeText.id(id, "id");
        SafeText.title(title, "title");
        SafeText.link(link, "link");
        SafeText.body(summary, "summary", 2000);
    }
}
