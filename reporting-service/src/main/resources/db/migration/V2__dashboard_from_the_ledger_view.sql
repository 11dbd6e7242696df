-- The dashboard is worked out from the ledger view (ledger_event and the memory that follows it): its own tables
-- of the first version are no longer kept.
DROP TABLE task_summary;
DROP TABLE responsibility;
DROP TABLE latest_report;
