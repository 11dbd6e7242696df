-- The ledger events this service applied, one row each, in the order it applied them (see duban.view.store).
-- Append-only: what the service shows at any instant is worked out from these rows.
CREATE TABLE ledger_event (
    seq          BIGSERIAL    PRIMARY KEY,
    event_id     VARCHAR(100) NOT NULL UNIQUE,
    type         VARCHAR(200) NOT NULL,
    aggregate_id VARCHAR(200) NOT NULL,
    sequence     BIGINT       NOT NULL,
    global_index BIGINT,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE,
    actor_user   VARCHAR(200),
    actor_unit   VARCHAR(200),
    actor_role   VARCHAR(50),
    data         JSONB        NOT NULL
);
CREATE INDEX ledger_event_aggregate ON ledger_event (aggregate_id, sequence);
