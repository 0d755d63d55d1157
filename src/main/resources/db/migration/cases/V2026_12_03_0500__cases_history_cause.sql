-- Why Supportdesk itself made a change that no person made (the entry has no actor): so far only
-- REOPEN_WINDOW_ENDED, a resolved case closed when nobody reopened it within the reopen window.
alter table cases_history add column cause varchar(30);
