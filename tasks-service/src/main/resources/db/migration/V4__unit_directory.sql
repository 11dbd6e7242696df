-- The unit directory (单位名录) as the notice importer reads it: every registered unit with its names, and the
-- phrase of every unit group (their members are in unit_group_member). Kept by the subscribing lookup
-- processor in the transaction of the events that state it, like the tables of V2.
CREATE TABLE unit_directory (
    unit_id  VARCHAR(100) NOT NULL PRIMARY KEY,
    name     VARCHAR(200) NOT NULL,
    category VARCHAR(40)  NOT NULL,
    aliases  TEXT[]       NOT NULL DEFAULT '{}'
);

CREATE TABLE unit_group_phrase (
    group_id VARCHAR(100) NOT NULL PRIMARY KEY,
    phrase   VARCHAR(200) NOT NULL
);

CREATE INDEX unit_group_phrase_by_phrase ON unit_group_phrase (phrase);
