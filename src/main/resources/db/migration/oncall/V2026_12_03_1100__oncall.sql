-- On-call: rotas of layers of people taking turns, overrides, and the pages of Severity 1 cases.
create table oncall_rota (
    id          uuid primary key,
    name        varchar(100) not null unique,
    zone        varchar(60)  not null,
    level       int          not null,
    created_at  timestamptz  not null
);

create table oncall_layer (
    id              uuid primary key,
    rota_id         uuid         not null references oncall_rota (id) on delete cascade,
    position        int          not null,
    handoff         timestamp    not null, -- the first hand-off, local time in the rota's zone
    shift_unit      varchar(10)  not null, -- DAYS (local calendar days) or HOURS (elapsed hours)
    shift_length    int          not null,
    members         varchar(2000) not null, -- user ids in turn order, comma-separated
    restrict_from   time,
    restrict_to     time,
    restrict_days   varchar(60),           -- MONDAY,TUESDAY,…; null: every day
    unique (rota_id, position)
);

create table oncall_override (
    id          uuid primary key,
    rota_id     uuid        not null references oncall_rota (id) on delete cascade,
    user_id     uuid        not null,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    created_at  timestamptz not null
);
create index oncall_override_rota_ix on oncall_override (rota_id, starts_at);

create table oncall_page (
    id               uuid primary key,
    case_id          uuid        not null,
    organisation_id  uuid,
    step             int         not null,
    role             varchar(20) not null, -- TAM, PRIMARY, SECONDARY, TEAM_LEAD, MANAGER
    user_id          uuid        not null,
    state            varchar(20) not null, -- OPEN, ACKNOWLEDGED, ESCALATED
    raised_at        timestamptz not null,
    acknowledge_by   timestamptz not null,
    acknowledged_at  timestamptz,
    acknowledged_by  uuid,
    escalated_at     timestamptz,
    unique (case_id, step, user_id)
);
create index oncall_page_case_ix on oncall_page (case_id, raised_at);
create index oncall_page_open_ix on oncall_page (user_id) where state = 'OPEN';

-- the key signed acknowledge links are made with: one per installation, shared by every node
create table oncall_signing_key (
    id    int primary key,
    key   varchar(100) not null
);
