-- The reminder outbox (muistutusten lähtevät): one row per reminder key in its delivery state. Dispatchers
-- claim due rows with SELECT … FOR UPDATE SKIP LOCKED (PostgreSQL, MariaDB) on the (status, claimable_at)
-- index; H2 serialises claims on the one row of hm_reminder_claim_lock instead. claimable_at is when a
-- pending reminder may be tried (notBefore) or a claim's lease runs out.

CREATE TABLE hm_reminder_outbox (
    id            ${identity} PRIMARY KEY,
    reminder_key  VARCHAR(600) NOT NULL,
    status        VARCHAR(8) NOT NULL,
    due_at        ${timestamp} NOT NULL,
    claimable_at  ${timestamp},
    dispatcher    VARCHAR(255),
    attempts      INTEGER NOT NULL,
    last_error    ${text},
    state_at      ${timestamp},
    reminder      ${json} NOT NULL,
    CONSTRAINT hm_reminder_outbox_key UNIQUE (reminder_key)
) ${table_options};

CREATE INDEX hm_reminder_outbox_claimable ON hm_reminder_outbox (status, claimable_at, due_at);

CREATE TABLE hm_reminder_claim_lock (
    id  INTEGER NOT NULL PRIMARY KEY
) ${table_options};

INSERT INTO hm_reminder_claim_lock (id) VALUES (1);
