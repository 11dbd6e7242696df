-- Facts the aggregates need about other aggregates, kept in the same transaction as the events that
-- state them (a subscribing processor), so a command never sees a half-applied change.
CREATE TABLE unit_group_member (
    group_id VARCHAR(100) NOT NULL,
    unit_id  VARCHAR(100) NOT NULL,
    PRIMARY KEY (group_id, unit_id)
);

CREATE TABLE plan_rule (
    plan_id        VARCHAR(100) NOT NULL PRIMARY KEY,
    reporting_days VARCHAR(100) NOT NULL,
    time_zone      VARCHAR(60)  NOT NULL,
    day_off_policy VARCHAR(30)  NOT NULL
);
