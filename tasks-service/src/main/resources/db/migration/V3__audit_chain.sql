-- Tamper evidence for the event store: a hash chain per aggregate plus checkpoints that bind every
-- chain head. The design is explained in the Javadoc of the package duban.tasks.audit.

-- prev_hash / hash: SHA-256 (hex) over the previous hash of the same aggregate and the row's canonical
-- content (see audit_event_hash below). inserted_at: the database clock when the row was inserted; it
-- is not hashed, it only tells which global indexes are settled (no transaction can still fill a gap
-- below them), see duban.tasks.audit.store.SettledIndex.
ALTER TABLE domain_event_entry
    ADD COLUMN prev_hash   CHAR(64),
    ADD COLUMN hash        CHAR(64),
    ADD COLUMN inserted_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp();

-- One field of the canonical content: its UTF-8 length in bytes, a colon, its UTF-8 bytes; a null
-- is "-1:". Length prefixes make the concatenation unambiguous ("ab"+"c" differs from "a"+"bc").
-- Kept in the database so that an auditor can recompute any hash with psql alone; the Java
-- implementation (duban.tasks.audit.chain.CanonicalDigest) must give the same bytes.
CREATE FUNCTION audit_field(v TEXT) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE AS
$$
SELECT CASE
           WHEN v IS NULL THEN convert_to('-1:', 'UTF8')
           ELSE convert_to(octet_length(convert_to(v, 'UTF8'))::TEXT || ':', 'UTF8') || convert_to(v, 'UTF8')
           END
$$;

-- The hash of one stored event, exactly as duban.tasks.audit.chain.ChainHash computes it.
CREATE FUNCTION audit_event_hash(prev_hash TEXT, event_identifier TEXT, aggregate_identifier TEXT,
                                 sequence_number BIGINT, type TEXT, time_stamp TEXT, payload_type TEXT,
                                 payload_revision TEXT, payload TEXT, meta_data TEXT, global_index BIGINT)
    RETURNS TEXT
    LANGUAGE sql IMMUTABLE AS
$$
SELECT encode(sha256(audit_field('duban.audit.event.v1')
                         || audit_field(prev_hash)
                         || audit_field(event_identifier)
                         || audit_field(aggregate_identifier)
                         || audit_field(sequence_number::TEXT)
                         || audit_field(type)
                         || audit_field(time_stamp)
                         || audit_field(payload_type)
                         || audit_field(payload_revision)
                         || audit_field(payload)
                         || audit_field(meta_data)
                         || audit_field(global_index::TEXT)), 'hex')
$$;

-- Events stored before this migration join the chain here, aggregate by aggregate in sequence order.
DO
$$
    DECLARE
        r        RECORD;
        last_agg TEXT;
        prev     TEXT;
        h        TEXT;
    BEGIN
        FOR r IN SELECT * FROM domain_event_entry ORDER BY aggregate_identifier, sequence_number
            LOOP
                IF last_agg IS DISTINCT FROM r.aggregate_identifier THEN
                    last_agg := r.aggregate_identifier;
                    prev := repeat('0', 64);
                END IF;
                h := audit_event_hash(prev, r.event_identifier, r.aggregate_identifier, r.sequence_number,
                                      r.type, r.time_stamp, r.payload_type, r.payload_revision, r.payload,
                                      r.meta_data, r.global_index);
                UPDATE domain_event_entry SET prev_hash = prev, hash = h WHERE global_index = r.global_index;
                prev := h;
            END LOOP;
    END
$$;

ALTER TABLE domain_event_entry
    ALTER COLUMN prev_hash SET NOT NULL,
    ALTER COLUMN hash SET NOT NULL;

-- A checkpoint binds the head (last sequence, its hash) of every aggregate over the global indexes
-- up to up_to_global_index, and the checkpoint before it: deleting an aggregate's last event,
-- inserting a row below a checkpoint or rewriting a whole chain shows against it.
CREATE TABLE audit_checkpoint (
    checkpoint_no      BIGINT      NOT NULL PRIMARY KEY,
    up_to_global_index BIGINT      NOT NULL,
    heads_digest       CHAR(64)    NOT NULL,
    -- JSON array of {aggregateId, sequence, hash, globalIndex}: the heads that moved since the
    -- previous checkpoint, ordered by the UTF-8 bytes of the aggregate id.
    changed_heads      TEXT        NOT NULL,
    prev_hash          CHAR(64)    NOT NULL,
    hash               CHAR(64)    NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL
);

-- The checkpoint writer's working state, so that a checkpoint costs what changed since the previous
-- one instead of a scan of the whole store: every aggregate's head as of the latest checkpoint, in
-- 256 buckets (first byte of SHA-256 of the aggregate id), and each bucket's digest.
CREATE TABLE audit_chain_head (
    aggregate_identifier VARCHAR(255) NOT NULL PRIMARY KEY,
    bucket               SMALLINT     NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    hash                 CHAR(64)     NOT NULL,
    global_index         BIGINT       NOT NULL
);
CREATE INDEX audit_chain_head_bucket ON audit_chain_head (bucket);

CREATE TABLE audit_head_bucket (
    bucket SMALLINT NOT NULL PRIMARY KEY,
    digest CHAR(64) NOT NULL
);
