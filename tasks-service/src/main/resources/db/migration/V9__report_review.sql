-- Whether a plan's reports are reviewed (审核), kept with its reporting rule for the tasks' acceptances and returns.
-- Off for every plan until a ReportReviewSet says otherwise, which is what a plan without that event means.
ALTER TABLE plan_rule ADD COLUMN report_review BOOLEAN NOT NULL DEFAULT FALSE;
