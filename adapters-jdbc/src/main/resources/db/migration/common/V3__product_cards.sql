-- Product cards (tuotekortit): one head row per card holding its current version number (the optimistic
-- lock) and one row per stored version with its change note. The card is a JSON document written
-- through the core's Jackson module; the owning team and service area are relational for queries.

CREATE TABLE hm_product_card (
    card_id     VARCHAR(255) NOT NULL PRIMARY KEY,
    version     BIGINT NOT NULL
) ${table_options};

CREATE TABLE hm_product_card_version (
    card_id       VARCHAR(255) NOT NULL,
    version       BIGINT NOT NULL,
    owning_team   VARCHAR(255) NOT NULL,
    area          VARCHAR(64) NOT NULL,
    author        ${text} NOT NULL,
    changed_at    ${timestamp} NOT NULL,
    reason        ${text} NOT NULL,
    card          ${json} NOT NULL,
    PRIMARY KEY (card_id, version),
    CONSTRAINT hm_product_card_version_card FOREIGN KEY (card_id)
        REFERENCES hm_product_card (card_id) ON DELETE CASCADE
) ${table_options};

CREATE INDEX hm_product_card_version_team ON hm_product_card_version (owning_team);
