-- A covering index for the feedback summaries (palauteyhteenvedot): the period's rows by received date
-- with the breakdown columns the usual summaries group by (team, reason, kind) and the dates the figures
-- need, so that PostgreSQL answers a year's summary from the index alone without reading the wide rows
-- with their JSON documents. The older (received, team_id, reason) index is kept for existing plans.

CREATE INDEX hm_feedback_summary ON hm_feedback (received, team_id, reason, kind, responded_on, due_date);
