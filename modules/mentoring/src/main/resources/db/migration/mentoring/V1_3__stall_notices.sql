-- HR managers are told once per stall of an active mentoring: one row per assignment and the day its silence
-- began (its last session, or its start when it has none). A new session ends the stall; the silence after
-- it is a new stall with a new row. The primary key makes the notice once-only, also on several nodes.
CREATE TABLE stall_notice (
    assignment_id  BIGINT       NOT NULL REFERENCES assignment (id) DEFERRABLE INITIALLY DEFERRED,
    stalled_since  DATE         NOT NULL,
    agency_id      BIGINT       NOT NULL,
    notified_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (assignment_id, stalled_since)
);
