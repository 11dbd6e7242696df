-- One row per ledger event a read model has applied: the de-duplication key is the CloudEvents id.
CREATE TABLE processed_event (
    event_id     VARCHAR(100) NOT NULL PRIMARY KEY,
    event_type   VARCHAR(200) NOT NULL,
    subject      VARCHAR(200),
    global_index BIGINT,
    processed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
