-- Evidence recorded by the training module when someone completes a class (kind TRAINING_COMPLETION), with
-- the source it came from so that recording it again changes nothing. It waits for review like any other.
ALTER TABLE evidence DROP CONSTRAINT evidence_kind_check;
ALTER TABLE evidence ADD CONSTRAINT evidence_kind_check
    CHECK (kind IN ('CERTIFICATE', 'DECREE', 'E_LEARNING_COMPLETION', 'MENTORING_RECORD', 'OTHER', 'TRAINING_COMPLETION'));
ALTER TABLE evidence ADD COLUMN source_ref VARCHAR(100);
ALTER TABLE evidence ADD CONSTRAINT evidence_source_check CHECK ((kind = 'TRAINING_COMPLETION') = (source_ref IS NOT NULL));
CREATE UNIQUE INDEX evidence_source_idx ON evidence (employee_id, competency_id, source_ref) WHERE source_ref IS NOT NULL;
