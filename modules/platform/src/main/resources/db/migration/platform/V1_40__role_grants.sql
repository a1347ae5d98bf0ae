-- Roles a module grants because of its own records, not an administrator (the mentor pool grants MENTOR on
-- approval): one row per account, role and source, with who granted it and when. A source takes back only
-- what it granted: a role the account already held by hand gets no row, so it survives the source's revoke.
CREATE TABLE role_grant (
    user_id     BIGINT       NOT NULL REFERENCES user_account (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    role        VARCHAR(32)  NOT NULL,
    source      VARCHAR(64)  NOT NULL,
    granted_by  VARCHAR(100) NOT NULL,
    granted_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (user_id, role, source)
);
