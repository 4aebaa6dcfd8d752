package fi.hoitomalli.contact;

/** How an inquiry reached the secretary (yhteydenottokanava). */
public enum Channel {
    /** A phone call answered live. */
    PHONE,
    /** A voicemail message (puheposti): can only be answered by calling back (GR-1). */
    VOICEMAIL,
    /** An e-mail. */
    EMAIL
}
