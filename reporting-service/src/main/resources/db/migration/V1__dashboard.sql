-- The unit dashboard: which tasks a unit holds, and the latest report of each unit on each task.
CREATE TABLE task_summary (
    task_id    VARCHAR(100) NOT NULL PRIMARY KEY,
    plan_id    VARCHAR(100),
    code       VARCHAR(100),
    title      TEXT,
    status     VARCHAR(20)  NOT NULL,
    version    BIGINT       NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE responsibility (
    id      VARCHAR(210) NOT NULL PRIMARY KEY,
    task_id VARCHAR(100) NOT NULL,
    unit_id VARCHAR(100) NOT NULL,
    role    VARCHAR(10)  NOT NULL
);
CREATE INDEX responsibility_unit ON responsibility (unit_id);
CREATE INDEX responsibility_task ON responsibility (task_id);

CREATE TABLE latest_report (
    id          VARCHAR(210) NOT NULL PRIMARY KEY,
    task_id     VARCHAR(100) NOT NULL,
    unit_id     VARCHAR(100) NOT NULL,
    report_id   VARCHAR(100) NOT NULL,
    period      DATE,
    text        TEXT,
    reported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    supersedes  VARCHAR(100)
);
CREATE INDEX latest_report_unit ON latest_report (unit_id);
