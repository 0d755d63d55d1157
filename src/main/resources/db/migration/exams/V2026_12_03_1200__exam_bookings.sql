-- exams: bookings (on demand, monthly, annual) and the windows each produced; per-plan booking rules.
create table exams_booking (
    id               uuid primary key,
    organisation_id  uuid not null references accounts_organisation (id),
    mode             varchar(16) not null,
    zone             varchar(64) not null,
    rule             varchar(1000),
    booked_at        timestamptz not null,
    booked_by        varchar(254),
    cancelled_at     timestamptz,
    constraint exams_booking_mode_ck check (mode in ('ON_DEMAND', 'MONTHLY', 'ANNUAL'))
);
create index exams_booking_organisation_ix on exams_booking (organisation_id, booked_at);

alter table exams_window add column booking_id uuid references exams_booking (id);
create index exams_window_booking_ix on exams_window (booking_id);
-- the staffing calendar and the capacity check read every organisation's windows by time
create index exams_window_time_ix on exams_window (starts_at, ends_at);

create table exams_booking_rules (
    plan_code           varchar(40) primary key,
    lead_business_days  integer not null,
    max_window_minutes  integer not null,
    cutoff_minutes      integer not null,
    updated_at          timestamptz not null,
    updated_by          varchar(254)
);
