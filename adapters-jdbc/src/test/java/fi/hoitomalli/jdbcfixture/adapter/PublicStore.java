package fi.hoitomalli.jdbcfixture.adapter;

import fi.hoitomalli.jdbcfixture.core.internal.Hidden;
import fi.hoitomalli.jdbcfixture.mail.Mailer;

/** A public implementation class that uses core internals and the mail adapter: breaks every rule. */
public class PublicStore {
    public String all() {
        return new Hidden().secret() + new Mailer().send();
    }
}
