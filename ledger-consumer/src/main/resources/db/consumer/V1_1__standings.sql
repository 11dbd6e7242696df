-- Who stands on which task (see duban.consumer.standing): kept alike by every consuming service.
CREATE TABLE standing_task (
    task_id       VARCHAR(100) NOT NULL PRIMARY KEY,
    plan_id       VARCHAR(100),
    parent_id     VARCHAR(100),
    status        VARCHAR(20)  NOT NULL,
    leaf          BOOLEAN      NOT NULL,
    lead_unit_ids TEXT         NOT NULL,
    co_unit_ids   TEXT         NOT NULL
);

CREATE TABLE standing_target (
    id          VARCHAR(210) NOT NULL PRIMARY KEY,
    task_id     VARCHAR(100) NOT NULL,
    target_id   VARCHAR(100) NOT NULL,
    allocations TEXT         NOT NULL,
    group_ids   TEXT         NOT NULL
);
CREATE INDEX standing_target_task ON standing_target (task_id);

CREATE TABLE standing_group (
    group_id        VARCHAR(100) NOT NULL PRIMARY KEY,
    member_unit_ids TEXT         NOT NULL
);
