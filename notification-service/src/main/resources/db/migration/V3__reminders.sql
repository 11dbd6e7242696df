-- Every reminder sent, once: its key (kind, task, recipient, subject, day) is unique, so of several replicas and
-- restarts exactly one sends it. A unit's rows are its inbox.
CREATE TABLE reminder (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    reminder_key VARCHAR(700) NOT NULL UNIQUE,
    kind         VARCHAR(40)  NOT NULL,
    task_id      VARCHAR(100) NOT NULL,
    plan_id      VARCHAR(100),
    task_code    VARCHAR(100),
    recipient    VARCHAR(100) NOT NULL,
    about_unit   VARCHAR(100) NOT NULL,
    subject      VARCHAR(200) NOT NULL,
    send_on      DATE         NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    late         BOOLEAN      NOT NULL,
    heading      TEXT         NOT NULL,
    body         TEXT         NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX reminder_inbox ON reminder (recipient, (read_at IS NULL) DESC, sent_at DESC);

-- What each channel must carry of a reminder: retried until delivered, each on its own, never blocking another.
CREATE TABLE delivery (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    reminder_id     VARCHAR(36)  NOT NULL REFERENCES reminder (id),
    channel         VARCHAR(20)  NOT NULL,
    target          VARCHAR(500) NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_until     TIMESTAMP WITH TIME ZONE,
    last_status     INTEGER,
    last_error      TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    UNIQUE (reminder_id, channel, target)
);
CREATE INDEX delivery_due ON delivery (status, next_attempt_at);
CREATE INDEX delivery_target ON delivery (channel, target, created_at DESC);
