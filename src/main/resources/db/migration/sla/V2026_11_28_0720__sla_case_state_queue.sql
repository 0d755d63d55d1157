-- The queue reads sla_case_state alone: the case facts it filters on are kept beside the SLA, and one
-- partial index per way of filtering holds the queue's exact order (severity, priority queueing first,
-- first-response due, age) over the cases in it (NEW and OPEN), so a page of the queue is an index
-- range read of 50 entries however many cases there are.
alter table sla_case_state add column status varchar(20);
alter table sla_case_state add column language varchar(2);
alter table sla_case_state add column team_id uuid;
alter table sla_case_state add column assignee_id uuid;
alter table sla_case_state add column opened_at timestamptz;

update sla_case_state s set status = c.status, language = c.language, team_id = c.team_id,
  assignee_id = c.assignee_id, opened_at = c.opened_at
from cases_case c where c.id = s.case_id;

alter table sla_case_state alter column status set not null;
alter table sla_case_state alter column language set not null;
alter table sla_case_state alter column opened_at set not null;

create index sla_case_state_queue_ix on sla_case_state
  (severity, priority_queueing desc, first_response_due, opened_at) where status in ('NEW', 'OPEN');
create index sla_case_state_queue_team_ix on sla_case_state
  (team_id, severity, priority_queueing desc, first_response_due, opened_at) where status in ('NEW', 'OPEN');
create index sla_case_state_queue_language_ix on sla_case_state
  (language, severity, priority_queueing desc, first_response_due, opened_at) where status in ('NEW', 'OPEN');
create index sla_case_state_queue_assignee_ix on sla_case_state
  (assignee_id, severity, priority_queueing desc, first_response_due, opened_at) where status in ('NEW', 'OPEN');
create index sla_case_state_queue_organisation_ix on sla_case_state
  (organisation_id, severity, priority_queueing desc, first_response_due, opened_at) where status in ('NEW', 'OPEN');
