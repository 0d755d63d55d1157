-- plans: the support programme catalogue (effective-dated versions), subscriptions of organisations
-- (terms with plan segments for upgrades), TAM assignments, paid add-on requests, trial licences.

create table plans_plan (
    code        varchar(40) primary key,
    created_at  timestamptz not null,
    revision    bigint not null default 0
);

create table plans_plan_version (
    code            varchar(40) not null references plans_plan (code),
    effective_from  timestamptz not null,
    document        jsonb not null,
    created_at      timestamptz not null,
    created_by      varchar(254),
    primary key (code, effective_from)
);

create table plans_subscription (
    id               uuid primary key,
    organisation_id  uuid not null references accounts_organisation (id),
    product          varchar(200) not null,
    starts_at        timestamptz not null,
    ends_at          timestamptz not null,
    recorded_at      timestamptz not null,
    recorded_by      varchar(254),
    version          bigint not null,
    constraint plans_subscription_term_ck check (starts_at < ends_at)
);
create index plans_subscription_organisation_ix on plans_subscription (organisation_id, starts_at);

-- The plan of a subscription from an instant on: the first segment starts with the term, each
-- upgrade (top-up) adds one.
create table plans_subscription_segment (
    subscription_id  uuid not null references plans_subscription (id) on delete cascade,
    plan_code        varchar(40) not null references plans_plan (code),
    effective_from   timestamptz not null,
    recorded_at      timestamptz not null,
    primary key (subscription_id, effective_from)
);

create table plans_tam_assignment (
    organisation_id  uuid primary key references accounts_organisation (id),
    tam_id           uuid not null references accounts_user (id),
    assigned_at      timestamptz not null,
    assigned_by      varchar(254)
);
create index plans_tam_assignment_tam_ix on plans_tam_assignment (tam_id);

create table plans_addon_request (
    id               uuid primary key,
    organisation_id  uuid not null references accounts_organisation (id),
    kind             varchar(20) not null,
    description      varchar(4000) not null,
    status           varchar(20) not null,
    amount           numeric(12, 2),
    currency         char(3),
    hours            integer,
    scheduled_for    date,
    decline_reason   varchar(1000),
    requested_by     uuid not null references accounts_user (id),
    requested_at     timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint not null
);
create index plans_addon_request_organisation_ix on plans_addon_request (organisation_id, requested_at desc);
create index plans_addon_request_status_ix on plans_addon_request (status, requested_at);

create table plans_trial_licence (
    id               uuid primary key,
    organisation_id  uuid not null references accounts_organisation (id),
    product          varchar(200) not null,
    purpose          varchar(2000) not null,
    duration_days    integer not null,
    status           varchar(20) not null,
    requested_by     uuid not null references accounts_user (id),
    requested_at     timestamptz not null,
    decided_by       uuid references accounts_user (id),
    decided_at       timestamptz,
    expires_at       timestamptz,
    key_hash         char(64),
    key_hint         varchar(8),
    key_once         varchar(64),
    version          bigint not null
);
create index plans_trial_licence_organisation_ix on plans_trial_licence (organisation_id, requested_at desc);
