-- Transactional outbox: events between modules (and notifications) are written in the business
-- transaction and delivered after commit, retried until a listener accepts them.
CREATE SEQUENCE outbox_message_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outbox_message (
    id               BIGINT PRIMARY KEY,
    agency_id        BIGINT       NOT NULL REFERENCES agency (id) DEFERRABLE INITIALLY DEFERRED,
    event_type       VARCHAR(300) NOT NULL,
    payload          TEXT         NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    attempts         INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ  NOT NULL,
    delivered_at     TIMESTAMPTZ,
    last_error       TEXT
);
-- Only undelivered messages are ever polled; the partial index stays small however long the history.
CREATE INDEX outbox_message_pending_idx ON outbox_message (next_attempt_at) WHERE delivered_at IS NULL;
