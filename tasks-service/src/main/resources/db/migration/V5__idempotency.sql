-- The first answer to each (caller, Idempotency-Key): a repeat of the same request gets it again and
-- appends nothing. Written in the transaction of the command it answers, so it exists exactly when
-- the command's events do.
CREATE TABLE idempotency_record (
    actor        VARCHAR(200) NOT NULL,
    idem_key     VARCHAR(200) NOT NULL,
    request_hash CHAR(64)     NOT NULL,
    method       VARCHAR(10)  NOT NULL,
    path         TEXT         NOT NULL,
    status       INTEGER,
    location     TEXT,
    etag         TEXT,
    body         TEXT,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    PRIMARY KEY (actor, idem_key)
);
