-- Customer-base snapshots (asiakaskunnan tilannekuvat): one row per saved snapshot, its sectors, org units,
-- customers and the units each supervisor manages. Child rows go with their snapshot (ON DELETE CASCADE).
-- Types come from the vendor's placeholders (see Vendor.java); ids are at most 255 characters.

CREATE TABLE hm_customer_snapshot (
    id             ${identity} PRIMARY KEY,
    label          VARCHAR(200) NOT NULL,
    taken_at       ${timestamp} NOT NULL,
    sector_count   INTEGER NOT NULL,
    unit_count     INTEGER NOT NULL,
    customer_count INTEGER NOT NULL
) ${table_options};

CREATE INDEX hm_customer_snapshot_latest ON hm_customer_snapshot (taken_at, id);

CREATE TABLE hm_snapshot_sector (
    snapshot_id     BIGINT NOT NULL,
    seq             INTEGER NOT NULL,
    sector_id       VARCHAR(255) NOT NULL,
    name_fi         ${text} NOT NULL,
    name_sv         ${text} NOT NULL,
    name_en         ${text} NOT NULL,
    service_centre  BOOLEAN NOT NULL,
    PRIMARY KEY (snapshot_id, sector_id),
    CONSTRAINT hm_snapshot_sector_snapshot FOREIGN KEY (snapshot_id)
        REFERENCES hm_customer_snapshot (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE hm_snapshot_unit (
    snapshot_id     BIGINT NOT NULL,
    seq             INTEGER NOT NULL,
    unit_id         VARCHAR(255) NOT NULL,
    sector_id       VARCHAR(255) NOT NULL,
    parent_id       VARCHAR(255),
    name            ${text} NOT NULL,
    service_centre  VARCHAR(16) NOT NULL,
    PRIMARY KEY (snapshot_id, unit_id),
    CONSTRAINT hm_snapshot_unit_snapshot FOREIGN KEY (snapshot_id)
        REFERENCES hm_customer_snapshot (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE hm_snapshot_customer (
    snapshot_id     BIGINT NOT NULL,
    seq             INTEGER NOT NULL,
    customer_id     VARCHAR(255) NOT NULL,
    role            VARCHAR(16) NOT NULL,
    name            ${text} NOT NULL,
    unit_id         VARCHAR(255) NOT NULL,
    agreement       VARCHAR(255) NOT NULL,
    language        VARCHAR(2) NOT NULL,
    email           VARCHAR(254),
    supervisor_id   VARCHAR(255),
    PRIMARY KEY (snapshot_id, customer_id),
    CONSTRAINT hm_snapshot_customer_snapshot FOREIGN KEY (snapshot_id)
        REFERENCES hm_customer_snapshot (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE hm_snapshot_managed_unit (
    snapshot_id     BIGINT NOT NULL,
    customer_id     VARCHAR(255) NOT NULL,
    unit_id         VARCHAR(255) NOT NULL,
    PRIMARY KEY (snapshot_id, customer_id, unit_id),
    CONSTRAINT hm_snapshot_managed_unit_snapshot FOREIGN KEY (snapshot_id)
        REFERENCES hm_customer_snapshot (id) ON DELETE CASCADE
) ${table_options};
