package fi.hoitomalli.archfixture.b.internal;

/** An internal class of fixture feature b. */
public class Secret {
}
