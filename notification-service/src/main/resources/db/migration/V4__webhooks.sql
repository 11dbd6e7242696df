-- A unit's webhooks: a URL that receives its reminders, signed with the secret shown once when it was registered.
-- A deactivated webhook keeps its row (its delivery log still names it) and receives nothing more.
CREATE TABLE webhook (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    unit_id        VARCHAR(100)  NOT NULL,
    url            VARCHAR(2000) NOT NULL,
    description    VARCHAR(500),
    secret         VARCHAR(100)  NOT NULL,
    active         BOOLEAN       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(200)  NOT NULL,
    deactivated_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX webhook_unit ON webhook (unit_id, created_at);
CREATE INDEX webhook_active_unit ON webhook (unit_id) WHERE active;

-- Every try of a webhook delivery: when, how long, what the receiver answered (the start of its body), or the error.
CREATE TABLE webhook_attempt (
    delivery_id   VARCHAR(36)  NOT NULL REFERENCES delivery (id),
    attempt       INTEGER      NOT NULL,
    webhook_id    VARCHAR(36)  NOT NULL REFERENCES webhook (id),
    tried_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_ms   INTEGER      NOT NULL,
    delivered     BOOLEAN      NOT NULL,
    status_code   INTEGER,
    error         VARCHAR(1000),
    response_body VARCHAR(2000),
    PRIMARY KEY (delivery_id, attempt)
);
CREATE INDEX webhook_attempt_log ON webhook_attempt (webhook_id, tried_at DESC);
