-- The e-mail addresses a unit's reminders go to (联系人). A removed contact is kept, marked inactive, with who removed
-- it and when. Among a unit's active contacts an address appears once, whatever its case.
CREATE TABLE contact (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    -- The order contacts were added in (two may share an instant).
    seq         BIGINT       GENERATED ALWAYS AS IDENTITY,
    unit_id     VARCHAR(100) NOT NULL,
    name        VARCHAR(100) NOT NULL,
    address     VARCHAR(254) NOT NULL,
    active      BOOLEAN      NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by    VARCHAR(200) NOT NULL,
    removed_at  TIMESTAMP WITH TIME ZONE,
    removed_by  VARCHAR(200)
);
CREATE UNIQUE INDEX contact_active_address ON contact (unit_id, lower(address)) WHERE active;
CREATE INDEX contact_of_unit ON contact (unit_id, seq);
