-- Attachments (证明材料): the files a progress report names by name, size and SHA-256.

-- Every stored file, by the SHA-256 the server computed while receiving it: its size, the media type and name it
-- was first uploaded with. A row is written only once its bytes are wholly in the blob store.
CREATE TABLE attachment_file (
    sha256      CHAR(64)     NOT NULL PRIMARY KEY,
    size        BIGINT       NOT NULL,
    media_type  VARCHAR(200) NOT NULL,
    first_name  VARCHAR(255) NOT NULL,
    stored_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Who uploaded which file: the unit of a clerk's token, or the role of anyone else (a supervisor).
CREATE TABLE attachment_upload (
    sha256      CHAR(64)     NOT NULL REFERENCES attachment_file (sha256),
    uploader    VARCHAR(100) NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (sha256, uploader)
);

-- The bytes, when the blob store is PostgreSQL: 1 MiB chunks numbered from 0, read and written one at a time.
CREATE TABLE attachment_chunk (
    sha256 CHAR(64) NOT NULL,
    seq    INTEGER  NOT NULL,
    data   BYTEA    NOT NULL,
    PRIMARY KEY (sha256, seq)
);
ALTER TABLE attachment_chunk ALTER COLUMN data SET STORAGE EXTERNAL;

-- Which report of which task names which file (a lookup table kept in the command's transaction, like those of
-- V2, V4 and V6): who may download a file, and which files the ledger names.
CREATE TABLE attachment_reference (
    sha256    CHAR(64)     NOT NULL,
    task_id   VARCHAR(100) NOT NULL,
    report_id VARCHAR(100) NOT NULL,
    unit_id   VARCHAR(100) NOT NULL,
    size      BIGINT       NOT NULL,
    PRIMARY KEY (sha256, task_id, report_id)
);
CREATE INDEX attachment_reference_by_task ON attachment_reference (task_id);

-- Reports stored before this table existed.
INSERT INTO attachment_reference (sha256, task_id, report_id, unit_id, size)
SELECT a ->> 'sha256', e.payload::jsonb ->> 'taskId', e.payload::jsonb ->> 'reportId', e.payload::jsonb ->> 'unitId',
       (a ->> 'size')::bigint
FROM domain_event_entry e, jsonb_array_elements(CASE WHEN jsonb_typeof(e.payload::jsonb -> 'attachments') = 'array'
                                            THEN e.payload::jsonb -> 'attachments' ELSE '[]'::jsonb END) AS a
WHERE (e.payload_type LIKE 'duban.task.progress-reported.v%' OR e.payload_type LIKE 'duban.task.progress-report-corrected.v%')
  AND a ->> 'sha256' ~ '^[0-9a-f]{64}$'
ON CONFLICT DO NOTHING;
