-- The money value of a class's or a course's benefits as an HR manager estimated it (Phillips level 5), with how
-- it was estimated, who entered it and when; each change is also written to the audit trail. Reports set it
-- against the training's cost for the benefit-cost ratio and ROI, always labelled estimates.
CREATE SEQUENCE benefit_estimate_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE benefit_estimate (
    id            BIGINT PRIMARY KEY,
    agency_id     BIGINT         NOT NULL,
    subject_kind  VARCHAR(10)    NOT NULL CHECK (subject_kind IN ('CLASS', 'COURSE')),
    subject_id    BIGINT         NOT NULL,
    amount        BIGINT         NOT NULL CHECK (amount >= 0),
    basis         VARCHAR(2000)  NOT NULL,
    entered_by    VARCHAR(100)   NOT NULL,
    entered_at    TIMESTAMPTZ    NOT NULL,
    version       BIGINT         NOT NULL,
    UNIQUE (agency_id, subject_kind, subject_id)
);
