-- The task a schedule line names, with its own reporting cadence (报送频次) when its notice sets one.
CREATE TABLE task_header (
    task_id VARCHAR(100) NOT NULL PRIMARY KEY,
    plan_id VARCHAR(100),
    code    VARCHAR(100),
    title   TEXT,
    cadence TEXT
);
