-- Append-only audit trail of changes to people's records: who, when (UTC), what changed.
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_entry (
    id           BIGINT PRIMARY KEY,
    agency_id    BIGINT       NOT NULL REFERENCES agency (id) DEFERRABLE INITIALLY DEFERRED,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    subject_type VARCHAR(64)  NOT NULL,
    subject_id   BIGINT       NOT NULL,
    action       VARCHAR(16)  NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
    changes      TEXT         NOT NULL
);
CREATE INDEX audit_entry_subject_idx ON audit_entry (agency_id, subject_type, subject_id, occurred_at);
CREATE INDEX audit_entry_time_idx ON audit_entry (agency_id, occurred_at);

-- The database itself refuses to edit or remove history, whatever the application does.
CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only';
END;
$$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
