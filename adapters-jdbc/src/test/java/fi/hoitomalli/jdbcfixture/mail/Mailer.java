package fi.hoitomalli.jdbcfixture.mail;

/** Stands for a class of the mail adapter. */
public class Mailer {
    public String send() {
        return "sent";
    }
}
