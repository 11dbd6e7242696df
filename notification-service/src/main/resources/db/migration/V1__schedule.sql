-- Who must report on what, and by which rules: the notification service's own view of the ledger.
CREATE TABLE plan_rules (
    plan_id        VARCHAR(100) NOT NULL PRIMARY KEY,
    reporting_days VARCHAR(100) NOT NULL,
    time_zone      VARCHAR(60)  NOT NULL,
    day_off_policy VARCHAR(30)  NOT NULL
);

CREATE TABLE obligation (
    id          VARCHAR(210) NOT NULL PRIMARY KEY,
    task_id     VARCHAR(100) NOT NULL,
    plan_id     VARCHAR(100),
    unit_id     VARCHAR(100) NOT NULL,
    task_code   VARCHAR(100),
    task_title  TEXT,
    assigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    active      BOOLEAN      NOT NULL
);
CREATE INDEX obligation_unit ON obligation (unit_id);
CREATE INDEX obligation_task ON obligation (task_id);

CREATE TABLE filed_report (
    id        VARCHAR(260) NOT NULL PRIMARY KEY,
    task_id   VARCHAR(100) NOT NULL,
    unit_id   VARCHAR(100) NOT NULL,
    period    DATE         NOT NULL,
    filed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX filed_report_unit ON filed_report (unit_id, period);
