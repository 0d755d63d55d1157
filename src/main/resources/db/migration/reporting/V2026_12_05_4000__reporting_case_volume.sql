-- reporting: the case facts the volume report counts — one row per case (its channel, language,
-- product, organisation and current severity, when it was opened, how often it was resolved and
-- reopened) and the intervals in which it was open (from its opening or a reopening to its
-- resolution or closing; an open case's last interval has no end). Kept from the cases module's
-- facts in the transaction that stores them; never edited by hand.
create table reporting_case (
    case_id          uuid primary key,
    organisation_id  uuid not null,
    channel          varchar(10) not null,
    language         varchar(2) not null,
    product          varchar(200),
    severity         smallint not null,
    opened_at        timestamptz not null,
    resolved_count   integer not null default 0,
    reopened_count   integer not null default 0
);
-- the volume report reads the cases opened in a range
create index reporting_case_opened_ix on reporting_case (opened_at)
  include (channel, language, severity, organisation_id, resolved_count, reopened_count);

create table reporting_case_open (
    case_id   uuid not null,
    from_at   timestamptz not null,
    until_at  timestamptz,
    primary key (case_id, from_at)
);
-- the backlog at an instant: the intervals that began before it (and had not ended)
create index reporting_case_open_from_ix on reporting_case_open (from_at) include (until_at);

-- Once, for the cases stored before this read model existed: the same facts from their history.
insert into reporting_case (case_id, organisation_id, channel, language, product, severity, opened_at, resolved_count,
  reopened_count)
select c.id, c.organisation_id, c.channel, c.language, c.product, c.severity, c.opened_at,
  (select count(*) from cases_history h where h.case_id = c.id and h.type = 'RESOLVED'),
  (select count(*) from cases_history h where h.case_id = c.id and h.type = 'REOPENED')
from cases_case c;

insert into reporting_case_open (case_id, from_at, until_at)
select s.case_id, s.at,
  (select min(e.at) from cases_history e where e.case_id = s.case_id and e.type in ('RESOLVED', 'CLOSED')
     and (e.at > s.at or e.at = s.at and e.seq > s.seq))
from cases_history s
where s.type in ('OPENED', 'REOPENED')
on conflict do nothing;
