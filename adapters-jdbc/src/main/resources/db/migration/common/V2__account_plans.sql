-- Account plans (asiakkuussuunnitelmat): one head row per sector and year holding the latest version
-- number (the optimistic lock), and one row per stored version. The four sections are JSON documents
-- written through the core's Jackson module; what queries need (sector, year, version) is relational.

CREATE TABLE hm_account_plan (
    sector_id   VARCHAR(255) NOT NULL,
    plan_year   INTEGER NOT NULL,
    version     BIGINT NOT NULL,
    PRIMARY KEY (sector_id, plan_year)
) ${table_options};

CREATE INDEX hm_account_plan_year ON hm_account_plan (plan_year, sector_id);

CREATE TABLE hm_account_plan_version (
    sector_id         VARCHAR(255) NOT NULL,
    plan_year         INTEGER NOT NULL,
    version           BIGINT NOT NULL,
    author            ${text} NOT NULL,
    changed_at        ${timestamp} NOT NULL,
    reason            ${text} NOT NULL,
    general_info      ${json} NOT NULL,
    relationship      ${json} NOT NULL,
    responsibilities  ${json} NOT NULL,
    development       ${json} NOT NULL,
    PRIMARY KEY (sector_id, plan_year, version),
    CONSTRAINT hm_account_plan_version_plan FOREIGN KEY (sector_id, plan_year)
        REFERENCES hm_account_plan (sector_id, plan_year) ON DELETE CASCADE
) ${table_options};
