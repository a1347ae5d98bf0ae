-- The pre-test score beside the post-test score: evaluation measures the normalised gain between them.
ALTER TABLE training.enrolment ADD COLUMN pre_test_score NUMERIC(5, 2) CHECK (pre_test_score BETWEEN 0 AND 100);
