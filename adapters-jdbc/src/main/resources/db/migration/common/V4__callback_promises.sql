-- Call-back promises (soittolupaukset): one row per promise in its current state. The overdue queries
-- (per holder, per team) run on the indexes (holder/team, state, due instant).

CREATE TABLE hm_callback_promise (
    promise_id   VARCHAR(255) NOT NULL PRIMARY KEY,
    state        VARCHAR(8) NOT NULL,
    inquiry_id   VARCHAR(255) NOT NULL,
    customer_id  VARCHAR(255),
    team_id      VARCHAR(255) NOT NULL,
    owner_id     VARCHAR(255) NOT NULL,
    holder_id    VARCHAR(255) NOT NULL,
    made_at      ${timestamp} NOT NULL,
    due_at       ${timestamp} NOT NULL,
    kept_at      ${timestamp},
    broken_at    ${timestamp}
) ${table_options};

CREATE INDEX hm_callback_promise_holder ON hm_callback_promise (holder_id, state, due_at);
CREATE INDEX hm_callback_promise_team ON hm_callback_promise (team_id, state, due_at);
