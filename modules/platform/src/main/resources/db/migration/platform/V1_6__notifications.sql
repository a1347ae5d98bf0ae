-- In-app notifications (kotak masuk): one row per recipient, written in the transaction of the change that
-- causes it, so a rolled-back change notifies nobody. read_at stays null until the recipient reads it.
CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notification (
    id                     BIGINT PRIMARY KEY,
    agency_id              BIGINT        NOT NULL REFERENCES agency (id) DEFERRABLE INITIALLY DEFERRED,
    recipient_employee_id  BIGINT        NOT NULL REFERENCES employee (id) DEFERRABLE INITIALLY DEFERRED,
    topic                  VARCHAR(64)   NOT NULL,
    subject_type           VARCHAR(64)   NOT NULL,
    subject_id             BIGINT        NOT NULL,
    text                   VARCHAR(1000) NOT NULL,
    created_at             TIMESTAMPTZ   NOT NULL,
    read_at                TIMESTAMPTZ
);
-- "My notifications, newest first", and the same for the unread ones only (small: read rows drop out).
CREATE INDEX notification_recipient_idx ON notification (recipient_employee_id, created_at DESC, id DESC);
CREATE INDEX notification_unread_idx ON notification (recipient_employee_id, created_at DESC, id DESC)
    WHERE read_at IS NULL;
