-- Enrolment ids in blocks of 500 (IdBlocks.BUSY), as platform's V1_41 does for audit entries and
-- notifications; the value nextval answers next must be at least 499 and above every id handed out before.
ALTER SEQUENCE enrolment_seq INCREMENT BY 500;
SELECT setval('enrolment_seq', greatest(last_value, 499), true) FROM enrolment_seq;
