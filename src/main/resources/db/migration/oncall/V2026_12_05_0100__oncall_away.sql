-- Staff away (holiday, travel, a customer visit): paging skips a person while they are away, so a
-- Premier Severity 1 goes to its TAM only while the TAM is available, and straight to the rota otherwise.
create table oncall_away (
    id          uuid primary key,
    user_id     uuid         not null,
    starts_at   timestamptz  not null,
    ends_at     timestamptz  not null,
    reason      varchar(200),
    created_by  uuid         not null,
    created_at  timestamptz  not null,
    check (ends_at > starts_at)
);
create index oncall_away_user_ix on oncall_away (user_id, ends_at);
