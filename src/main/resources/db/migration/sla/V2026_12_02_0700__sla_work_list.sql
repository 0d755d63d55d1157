-- The work list is the SLA module's: the case's reference and subject are kept beside its stored SLA
-- (the queue no longer joins cases_case), and so is its countdown — the state of the target a badge
-- counts down, its due instant and the instants at which 75 % and 90 % of its business time are used —
-- so a queue page colours its badges from stored instants, with no evaluation per row.
alter table sla_case_state add column reference varchar(20);
alter table sla_case_state add column subject varchar(300);
alter table sla_case_state add column badge_state varchar(12);
alter table sla_case_state add column badge_due timestamptz;
alter table sla_case_state add column badge_amber_at timestamptz;
alter table sla_case_state add column badge_red_at timestamptz;

update sla_case_state s set reference = c.reference, subject = c.subject from cases_case c where c.id = s.case_id;

alter table sla_case_state alter column reference set not null;
alter table sla_case_state alter column subject set not null;
