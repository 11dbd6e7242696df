-- Read tables of plans, the unit directory and the task tree, kept by the subscribing lookup processor in the
-- transaction of the events that state their facts, like the tables of V2 and V4.

-- Every spelling (name or alias, 简称) some unit goes by. The primary key is the rule "names are unique after
-- alias resolution": of two concurrent registrations of one name the second waits for the first and fails.
-- recorded_at is the time of the event that claimed the spelling, so the directory can be read as of an instant.
CREATE TABLE unit_name_claim (
    spelling    VARCHAR(200) NOT NULL PRIMARY KEY,
    unit_id     VARCHAR(100) NOT NULL,
    is_name     BOOLEAN      NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX unit_name_claim_by_unit ON unit_name_claim (unit_id);

INSERT INTO unit_name_claim (spelling, unit_id, is_name, recorded_at)
SELECT d.name, d.unit_id, TRUE, COALESCE(e.time_stamp::timestamptz, now())
FROM unit_directory d
LEFT JOIN domain_event_entry e ON e.aggregate_identifier = d.unit_id AND e.sequence_number = 0
ON CONFLICT DO NOTHING;

-- Aliases already stored: the time of the event that added each one.
INSERT INTO unit_name_claim (spelling, unit_id, is_name, recorded_at)
SELECT a.alias, d.unit_id, FALSE, COALESCE(
        (SELECT MIN(e.time_stamp::timestamptz) FROM domain_event_entry e
         WHERE e.aggregate_identifier = d.unit_id
           AND (e.sequence_number = 0 OR e.payload::jsonb ->> 'alias' = a.alias)), now())
FROM unit_directory d, unnest(d.aliases) AS a(alias)
ON CONFLICT DO NOTHING;

-- The header of every plan (工作方案), for the list of plans.
CREATE TABLE plan_header (
    plan_id       VARCHAR(100) NOT NULL PRIMARY KEY,
    title         TEXT         NOT NULL,
    doc_number    VARCHAR(200),
    issuer        VARCHAR(200),
    issued_on     DATE,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO plan_header (plan_id, title, doc_number, issuer, issued_on, registered_at)
SELECT e.aggregate_identifier, p ->> 'title', p ->> 'docNumber', p ->> 'issuer', (p ->> 'issuedOn')::date,
       e.time_stamp::timestamptz
FROM domain_event_entry e, LATERAL (SELECT e.payload::jsonb) AS j(p)
WHERE e.payload_type = 'duban.plan.registered.v1'
ON CONFLICT DO NOTHING;

DO $$
DECLARE
    amended RECORD;
BEGIN
    FOR amended IN SELECT aggregate_identifier AS plan_id, payload::jsonb AS p FROM domain_event_entry
                   WHERE payload_type = 'duban.plan.amended.v1' ORDER BY global_index LOOP
        UPDATE plan_header SET title = COALESCE(amended.p ->> 'title', title),
                               doc_number = COALESCE(amended.p ->> 'docNumber', doc_number),
                               issuer = COALESCE(amended.p ->> 'issuer', issuer),
                               issued_on = COALESCE((amended.p ->> 'issuedOn')::date, issued_on)
        WHERE plan_id = amended.plan_id;
    END LOOP;
END $$;

-- Which tasks belong to which plan: the task tree reads their events in one query through it.
CREATE TABLE plan_task (
    task_id VARCHAR(100) NOT NULL PRIMARY KEY,
    plan_id VARCHAR(100) NOT NULL
);

CREATE INDEX plan_task_by_plan ON plan_task (plan_id);

INSERT INTO plan_task (task_id, plan_id)
SELECT aggregate_identifier, payload::jsonb ->> 'planId' FROM domain_event_entry
WHERE payload_type = 'duban.task.created.v1'
ON CONFLICT DO NOTHING;
