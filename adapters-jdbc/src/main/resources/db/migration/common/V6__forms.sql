-- The dual forms (lomakkeet): challenging situations and customer feedback, one row per record in its
-- current lifecycle state. What queries, the access policy (AX-1) and the summaries need is relational and
-- indexed; the record is a JSON document twice: "report" without its free text (what stays after the
-- retention period, AX-2) and "full_report" with it, set to NULL by the retention job.

CREATE TABLE hm_situation (
    situation_id    VARCHAR(255) NOT NULL PRIMARY KEY,
    team_id         VARCHAR(255) NOT NULL,
    recorder_id     VARCHAR(255) NOT NULL,
    customer_id     VARCHAR(255),
    situation_date  DATE NOT NULL,
    stage           VARCHAR(16) NOT NULL,
    topic           VARCHAR(64) NOT NULL,
    anonymised      BOOLEAN NOT NULL,
    report          ${json} NOT NULL,
    full_report     ${json}
) ${table_options};

CREATE INDEX hm_situation_team ON hm_situation (team_id, situation_date);
CREATE INDEX hm_situation_date ON hm_situation (situation_date);
CREATE INDEX hm_situation_stage ON hm_situation (stage);

CREATE TABLE hm_feedback (
    feedback_id   VARCHAR(255) NOT NULL PRIMARY KEY,
    team_id       VARCHAR(255) NOT NULL,
    recorder_id   VARCHAR(255) NOT NULL,
    customer_id   VARCHAR(255),
    sector_id     VARCHAR(255) NOT NULL,
    role          VARCHAR(16) NOT NULL,
    agreement     VARCHAR(255),
    kind          VARCHAR(32) NOT NULL,
    reason        VARCHAR(32) NOT NULL,
    channel       VARCHAR(32) NOT NULL,
    received      DATE NOT NULL,
    due_date      DATE NOT NULL,
    responded_on  DATE,
    stage         VARCHAR(16) NOT NULL,
    anonymised    BOOLEAN NOT NULL,
    report        ${json} NOT NULL,
    full_report   ${json}
) ${table_options};

CREATE INDEX hm_feedback_team ON hm_feedback (team_id, received);
CREATE INDEX hm_feedback_received ON hm_feedback (received, team_id, reason);
CREATE INDEX hm_feedback_stage ON hm_feedback (stage);
CREATE INDEX hm_feedback_open ON hm_feedback (responded_on, due_date);
