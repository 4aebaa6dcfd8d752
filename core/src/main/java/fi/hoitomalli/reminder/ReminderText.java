package fi.hoitomalli.reminder;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reminder written out in one language, as structured text: the mail adapter turns it into a plain-text
 * and an HTML body (escaping everything). The subject is made only from a template, titles and dates
 * (never from notes, summaries or names), and is a single line.
 *
 * @param subject the subject line
 * @param greeting the salutation, e.g. "Hei Maija,"
 * @param paragraphs the body paragraphs before the list
 * @param items listed things (updates of a digest), may be empty
 * @param closing the last line (an automatic message, do not reply)
 */
public record ReminderText(String subject, String greeting, List<String> paragraphs, List<Item> items,
                           String closing) {

    public ReminderText {
        SafeText.line(subject, "subject", 300);
        Objects.requireNonNull(greeting, "greeting must not be null");
        paragraphs = ImmutableList.copyOf(Objects.requireNonNull(paragraphs, "paragraphs must not be null"));
        items = ImmutableList.copyOf(Objects.requireNonNull(items, "items must not be null"));
        Objects.requireNonNull(closing, "closing must not be null");
    }

    /**
     * One listed thing.
     *
     * @param title its title
     * @param detail a summary, may be empty
     * @param link a web link, if any
     */
    public record Item(String title, String detail, Optional<String> link) {
        public Item {
            Objects.requireNonNull(title, "title must not be null");
            Objects.requireNonNull(detail, "detail must not be null");
            Objects.requireNonNull(link, "link must not be null");
        }
    }
}
