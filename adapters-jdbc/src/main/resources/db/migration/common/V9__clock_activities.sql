-- The annual clock's dated activities (vuosikellon tapahtumat): one row per activity of a recorded clock,
-- identified by the clock's scope (CITY with an empty id, SECTOR or TEAM with the sector's or team's id),
-- the template and the day. The occurrence as planned (start to the second, NULL for all-day marks;
-- duration in seconds; the booked participants, which hold no white space, separated by single spaces),
-- the latest status mark (who, when, note) and the version that optimistic locking moves by one per mark.
-- Indexes: the scope's days (year, date range), the scope's days by status (reminders, overdue marks) and
-- the days with their scopes (which clocks a year has).

CREATE TABLE hm_clock_activity (
    scope_kind        VARCHAR(8) NOT NULL,
    scope_id          VARCHAR(255) NOT NULL,
    template_id       VARCHAR(255) NOT NULL,
    activity_date     DATE NOT NULL,
    start_time        TIME,
    duration_seconds  INTEGER NOT NULL,
    people            ${text} NOT NULL,
    status            VARCHAR(16) NOT NULL,
    marked_by         ${text},
    marked_at         ${timestamp},
    note              ${text},
    version           BIGINT NOT NULL,
    PRIMARY KEY (scope_kind, scope_id, template_id, activity_date)
) ${table_options};

CREATE INDEX hm_clock_activity_day ON hm_clock_activity (scope_kind, scope_id, activity_date);
CREATE INDEX hm_clock_activity_status ON hm_clock_activity (scope_kind, scope_id, status, activity_date);
CREATE INDEX hm_clock_activity_date ON hm_clock_activity (activity_date, scope_kind, scope_id);
