-- Idempotency-Key support: the first result of a retried write is kept and replayed for 24 hours.
CREATE TABLE idempotency_key (
    username         VARCHAR(100) NOT NULL,
    idempotency_key  VARCHAR(200) NOT NULL,
    request_hash     VARCHAR(64)  NOT NULL,
    state            VARCHAR(16)  NOT NULL CHECK (state IN ('IN_PROGRESS', 'DONE')),
    response_status  INTEGER,
    response_type    VARCHAR(200),
    response_headers TEXT,
    response_body    BYTEA,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (username, idempotency_key)
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
