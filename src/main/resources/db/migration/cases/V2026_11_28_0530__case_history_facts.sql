-- The facts of a history entry as data, not only as text: severities of an opening or a
-- classification and its reason, the assignee and team of an assignment. The SLA clocks and the
-- pages read these; detail stays the human-readable line.
alter table cases_history add column from_severity smallint;
alter table cases_history add column to_severity smallint;
alter table cases_history add column reason varchar(1000);
alter table cases_history add column assignee_id uuid references accounts_user (id);
alter table cases_history add column team_id uuid references accounts_team (id);

update cases_history set to_severity = cast(substring(detail from 'proposed severity (\d)') as smallint)
where type = 'OPENED';
update cases_history set from_severity = cast(substring(detail from '^Severity (\d)') as smallint),
  to_severity = cast(substring(detail from '^Severity \d → (\d)') as smallint),
  reason = substring(detail from '^Severity \d → \d: (.*)$')
where type = 'CLASSIFIED';
