-- reporting: one row per SLA target of every case, as the sla module stored it (kept in the same
-- transaction from its SlaEvaluated fact), with the case facts reports filter on and each answered
-- target's response time in business seconds (on the target's own calendar) and calendar seconds.
-- A read model, never edited by hand: rewritten whole per case on each evaluation.
create table reporting_sla_target (
    case_id           uuid not null,
    metric            varchar(20) not null,
    target_index      integer not null,
    reference         varchar(20) not null,
    organisation_id   uuid not null,
    team_id           uuid,
    channel           varchar(10) not null,
    language          varchar(2) not null,
    product           varchar(200),
    plan_code         varchar(40) not null,
    plan_name         varchar(200) not null,
    severity          smallint not null,
    opened_at         timestamptz not null,
    started_at        timestamptz not null,
    due_at            timestamptz not null,
    met_at            timestamptz,
    breached_at       timestamptz,
    state             varchar(12) not null,
    business_seconds  bigint,
    calendar_seconds  bigint,
    evaluated_at      timestamptz not null,
    primary key (case_id, metric, target_index)
);
-- The attainment report reads a metric's targets by the opening instant of their case: an index range
-- read that carries every column the aggregation needs (an index-only scan once vacuumed).
create index reporting_sla_target_opened_ix on reporting_sla_target (metric, opened_at)
  include (plan_code, severity, state, due_at, business_seconds, calendar_seconds, case_id);
-- Filters by organisation (the most selective one a manager uses) read its own range.
create index reporting_sla_target_organisation_ix on reporting_sla_target (organisation_id, metric, opened_at);
