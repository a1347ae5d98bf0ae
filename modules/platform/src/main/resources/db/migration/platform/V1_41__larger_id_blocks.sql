-- Rows written on every enrolment, session or import take their ids in blocks of 500 (the entities'
-- IdBlocks.BUSY): with blocks of 50, request threads queued behind the one fetching the next block.
-- JPA takes a block as the 500 ids up to the value nextval answers, so that value must be at least 499 (a
-- sequence never called answers its start, 50) and above every id handed out before (last_value).
ALTER SEQUENCE audit_entry_seq INCREMENT BY 500;
SELECT setval('audit_entry_seq', greatest(last_value, 499), true) FROM audit_entry_seq;
ALTER SEQUENCE notification_seq INCREMENT BY 500;
SELECT setval('notification_seq', greatest(last_value, 499), true) FROM notification_seq;
ALTER SEQUENCE outbox_message_seq INCREMENT BY 500;
SELECT setval('outbox_message_seq', greatest(last_value, 499), true) FROM outbox_message_seq;
