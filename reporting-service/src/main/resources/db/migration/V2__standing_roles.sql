-- A unit's place on a task is now any of its standings: SHARE_HOLDER and GROUP_MEMBER as well as LEAD and CO.
ALTER TABLE responsibility ALTER COLUMN role TYPE VARCHAR(20);
