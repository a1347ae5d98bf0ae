-- E-mail copies of notifications. mail_status is null when no copy was asked for (no SMTP server configured
-- when the notification was written, or the recipient had no e-mail address); otherwise PENDING until an
-- attempt succeeds (SENT), the recipient's address is gone at send time (SKIPPED), or the attempts run out
-- (FAILED). The in-app notification itself never depends on it.
ALTER TABLE notification ADD COLUMN mail_status   VARCHAR(12) CHECK (mail_status IN ('PENDING', 'SENT', 'SKIPPED', 'FAILED'));
ALTER TABLE notification ADD COLUMN mail_attempts INTEGER     NOT NULL DEFAULT 0;
ALTER TABLE notification ADD COLUMN mailed_at     TIMESTAMPTZ;
ALTER TABLE notification ADD COLUMN mail_error    VARCHAR(2000);
