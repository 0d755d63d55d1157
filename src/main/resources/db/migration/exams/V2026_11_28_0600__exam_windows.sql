-- exams: booked exam coverage windows of an organisation (24x7 support inside each window for the
-- Proctored exam 24x7 plan). Booking modes (on demand, monthly, annual) come with the exams issue.
create table exams_window (
    id               uuid primary key,
    organisation_id  uuid not null references accounts_organisation (id),
    starts_at        timestamptz not null,
    ends_at          timestamptz not null,
    booked_at        timestamptz not null,
    booked_by        varchar(254),
    constraint exams_window_range_ck check (starts_at < ends_at)
);
create index exams_window_organisation_ix on exams_window (organisation_id, starts_at);
