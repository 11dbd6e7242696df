-- The schedule is worked out from the ledger view (ledger_event and the memory that follows it): the tables of the
-- first version are no longer kept.
DROP TABLE plan_rules;
DROP TABLE obligation;
DROP TABLE filed_report;
