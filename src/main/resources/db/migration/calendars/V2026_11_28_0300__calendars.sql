-- calendars: named business calendars, each a list of effective-dated versions. A version's
-- definition (zone, weekly hours, holidays, overrides, extra windows or 24x7) is stored as JSON in
-- the API's own shape; business time before a version's instant counts under the previous version.

create table calendars_calendar (
    id          uuid primary key,
    name        varchar(200) not null,
    seeded      boolean not null default false,
    revision    bigint not null default 0,
    created_at  timestamptz not null,
    retired_at  timestamptz
);
create unique index calendars_calendar_name_uk on calendars_calendar (lower(name)) where retired_at is null;

create table calendars_version (
    calendar_id     uuid not null references calendars_calendar (id),
    effective_from  timestamptz not null,
    definition      jsonb not null,
    created_at      timestamptz not null,
    created_by      varchar(254),
    primary key (calendar_id, effective_from)
);
