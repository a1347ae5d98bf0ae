-- Login accounts. Passwords are PBKDF2 hashes in Jakarta Security's format; never stored in clear.
CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE user_account (
    id             BIGINT PRIMARY KEY,
    agency_id      BIGINT       NOT NULL REFERENCES agency (id) DEFERRABLE INITIALLY DEFERRED,
    username       VARCHAR(100) NOT NULL UNIQUE,
    password_hash  VARCHAR(300) NOT NULL,
    employee_id    BIGINT       REFERENCES employee (id) DEFERRABLE INITIALLY DEFERRED,
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    version        BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX user_account_employee_idx ON user_account (employee_id);

CREATE TABLE user_role (
    user_id  BIGINT      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    role     VARCHAR(32) NOT NULL CHECK (role IN ('ADMIN', 'HR_MANAGER', 'SUPERVISOR', 'EMPLOYEE', 'MENTOR')),
    PRIMARY KEY (user_id, role)
);
