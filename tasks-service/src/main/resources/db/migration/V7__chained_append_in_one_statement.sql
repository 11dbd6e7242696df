-- The hash chain is written by the insert itself (duban.tasks.audit.chain.ChainedAppendEvents): one round
-- trip per event instead of a read of the predecessor and the next global index, then the insert.

-- The prev_hash of an aggregate's event: 64 zeros for sequence 0, else the stored hash of sequence - 1.
-- A missing predecessor means the chain is broken already; appending to it would hide that, so the insert
-- fails instead. Read in the inserting statement, so the unique key (aggregate, sequence) makes it the row
-- this event follows, also when an earlier statement of the same transaction inserted it.
CREATE FUNCTION audit_prev_hash(aggregate_id TEXT, seq BIGINT) RETURNS TEXT
    LANGUAGE plpgsql STABLE AS
$$
DECLARE
    predecessor TEXT;
BEGIN
    IF seq = 0 THEN
        RETURN repeat('0', 64);
    END IF;
    SELECT hash INTO predecessor FROM domain_event_entry
    WHERE aggregate_identifier = aggregate_id AND sequence_number = seq - 1;
    IF predecessor IS NULL THEN
        RAISE EXCEPTION 'cannot chain event % of aggregate %: its predecessor is not in the store', seq, aggregate_id
            USING ERRCODE = 'DU001'; -- ChainedAppendEvents.BROKEN_CHAIN
    END IF;
    RETURN predecessor;
END
$$;

-- Stable, as convert_to is. PostgreSQL inlines a SQL function only when the volatility it is declared with
-- holds for its body; declared immutable, audit_field ran as a separate function call for every field of
-- every insert, which made the insert several times slower than reading the predecessor beforehand.
ALTER FUNCTION audit_field(TEXT) STABLE;
ALTER FUNCTION audit_event_hash(TEXT, TEXT, TEXT, BIGINT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, BIGINT) STABLE;
