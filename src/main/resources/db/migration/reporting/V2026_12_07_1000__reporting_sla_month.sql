-- reporting: the SLA attainment report's aggregate — per metric, UTC month (of the case's opening), plan and
-- severity, the counts the report shows and two response-time histograms (business and calendar minutes),
-- summed from reporting_sla_target. Every row is an addition: the aggregate is the sum of a key's rows.
-- Each stored evaluation of a case inserts the difference between its rows' old and new tally, in the
-- transaction that rewrites the rows (insert only, so concurrent evaluations never wait on each other); a
-- recurring task sums each key's rows into one. Never edited by hand.
--   opened: cases with a target of this plan; cases: each case once, under the plan of its first target
--   (so a case whose targets have two plans counts once when the report is not grouped by plan)
--   met, breached, running: targets as stored (running: RUNNING or PAUSED)
--   *_minutes / *_targets: the histogram, ascending minutes and how many answered targets took them. A
--   response time is rounded to the nearest minute, beyond 7 days to the nearest hour (in minutes).
create table reporting_sla_month (
    metric            varchar(20) not null,
    month_start       timestamptz not null,
    plan_code         varchar(40) not null,
    severity          smallint not null,
    opened            integer not null,
    cases             integer not null,
    met               integer not null,
    breached          integer not null,
    running           integer not null,
    business_minutes  integer[],
    business_targets  integer[],
    calendar_minutes  integer[],
    calendar_targets  integer[]
);
create index reporting_sla_month_ix on reporting_sla_month (metric, month_start, plan_code, severity);

-- A stored running target whose due instant has passed counts as breached: the report finds those few
-- among the running targets of its range.
create index reporting_sla_target_running_ix on reporting_sla_target (metric, opened_at)
  include (plan_code, severity, due_at) where state = 'RUNNING';

-- Once, for the targets stored before the aggregate existed (the benchmark runs this statement, too).
-- backfill
with source as (select * from reporting_sla_target),
r as (
  select metric, date_trunc('month', opened_at, 'UTC') as month_start, plan_code, severity, case_id, target_index, state,
    case when business_seconds < 604770 then (business_seconds + 30) / 60 else (business_seconds + 1800) / 3600 * 60 end
      as business,
    case when calendar_seconds < 604770 then (calendar_seconds + 30) / 60 else (calendar_seconds + 1800) / 3600 * 60 end
      as calendar
  from source),
k as (
  select metric, month_start, plan_code, severity, count(distinct case_id) as opened,
    count(distinct case_id) filter (where target_index = 0) as cases,
    count(*) filter (where state = 'MET') as met, count(*) filter (where state = 'BREACHED') as breached,
    count(*) filter (where state in ('RUNNING', 'PAUSED')) as running
  from r group by metric, month_start, plan_code, severity),
b as (
  select metric, month_start, plan_code, severity, array_agg(minute order by minute) as minutes,
    array_agg(targets order by minute) as targets
  from (select metric, month_start, plan_code, severity, business::integer as minute, count(*)::integer as targets
    from r where business is not null group by metric, month_start, plan_code, severity, business) h
  group by metric, month_start, plan_code, severity),
c as (
  select metric, month_start, plan_code, severity, array_agg(minute order by minute) as minutes,
    array_agg(targets order by minute) as targets
  from (select metric, month_start, plan_code, severity, calendar::integer as minute, count(*)::integer as targets
    from r where calendar is not null group by metric, month_start, plan_code, severity, calendar) h
  group by metric, month_start, plan_code, severity)
insert into reporting_sla_month (metric, month_start, plan_code, severity, opened, cases, met, breached, running,
  business_minutes, business_targets, calendar_minutes, calendar_targets)
select k.metric, k.month_start, k.plan_code, k.severity, k.opened, k.cases, k.met, k.breached, k.running,
  b.minutes, b.targets, c.minutes, c.targets
from k left join b using (metric, month_start, plan_code, severity) left join c using (metric, month_start, plan_code, severity);
