package fi.hoitomalli.customer;

/**
 * How an org unit declares its service-centre status (palvelukeskusasiakkuus): inherited from the parent
 * unit (or the sector at the root), or set explicitly for the unit and, by inheritance, its sub-units.
 */
public enum ServiceCentreStatus {
    INHERIT,
    CUSTOMER,
    NOT_CUSTOMER
}
