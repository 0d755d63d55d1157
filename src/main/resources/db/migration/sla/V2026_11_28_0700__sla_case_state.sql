-- sla: the stored SLA of each case — a cache of SlaEvaluator's result, rewritten whenever the case,
-- its organisation's plan or exam windows change; never edited by hand. The queue orders by it.
create table sla_case_state (
    case_id               uuid primary key references cases_case (id),
    organisation_id       uuid not null references accounts_organisation (id),
    severity              smallint not null,
    priority_queueing     boolean not null,
    first_response_due    timestamptz,
    first_response_state  varchar(12),
    next_deadline         timestamptz,
    targets               jsonb not null,
    evaluated_at          timestamptz not null
);
create index sla_case_state_next_deadline_ix on sla_case_state (next_deadline) where next_deadline is not null;
