-- A pool entry can leave the pool: HR turns an application down or withdraws a mentor, or the mentor takes
-- themself out (WITHDRAWN, with who, when and why). Offering again makes it an application again.
ALTER TABLE mentor DROP CONSTRAINT mentor_status_check;
ALTER TABLE mentor ADD CONSTRAINT mentor_status_check CHECK (status IN ('APPLIED', 'APPROVED', 'WITHDRAWN'));
ALTER TABLE mentor ADD COLUMN withdrawn_by VARCHAR(100);
ALTER TABLE mentor ADD COLUMN withdrawn_at TIMESTAMPTZ;
ALTER TABLE mentor ADD COLUMN withdrawal_reason VARCHAR(1000);
ALTER TABLE mentor ADD CONSTRAINT mentor_withdrawn_check CHECK (status <> 'WITHDRAWN' OR withdrawn_at IS NOT NULL);
