-- The access columns of the forms (AX-1): a query with an actor adds the actor's read scope to its own
-- conditions — the recorders (a secretary and, while substituting, her partner) and the customers of their
-- pots. With these indexes the database finds a secretary's rows from the scope itself (PostgreSQL: a
-- bitmap OR; MariaDB: an index merge), reading a few thousand rows instead of every row the query's own
-- conditions match. Team leads' scopes use the existing (team_id, …) indexes.

CREATE INDEX hm_feedback_recorder ON hm_feedback (recorder_id);
CREATE INDEX hm_feedback_customer ON hm_feedback (customer_id);
CREATE INDEX hm_situation_recorder ON hm_situation (recorder_id);
CREATE INDEX hm_situation_customer ON hm_situation (customer_id);
