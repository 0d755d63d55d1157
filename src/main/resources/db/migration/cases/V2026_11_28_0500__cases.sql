-- cases: the support case, its messages and its append-only history. Messages and history rows
-- are only ever inserted; the case row holds the current state (status, severity, assignment).

create table cases_case (
    id                 uuid primary key,
    reference          varchar(16) not null,
    organisation_id    uuid not null references accounts_organisation (id),
    requester_id       uuid references accounts_user (id),
    subject            varchar(300) not null,
    description        text not null,
    product            varchar(200),
    language           varchar(2) not null,
    channel            varchar(10) not null,
    proposed_severity  smallint not null,
    severity           smallint not null,
    status             varchar(20) not null,
    assignee_id        uuid references accounts_user (id),
    team_id            uuid references accounts_team (id),
    opened_at          timestamptz not null,
    updated_at         timestamptz not null,
    resolved_at        timestamptz,
    last_public_from   varchar(10) not null,
    version            bigint not null
);
create unique index cases_case_reference_uk on cases_case (reference);
create index cases_case_organisation_ix on cases_case (organisation_id, opened_at desc);
create index cases_case_status_ix on cases_case (status, severity, opened_at);
create index cases_case_assignee_ix on cases_case (assignee_id) where assignee_id is not null;

create table cases_message (
    case_id    uuid not null references cases_case (id),
    seq        integer not null,
    kind       varchar(20) not null,
    author_id  uuid references accounts_user (id),
    body       text not null,
    at         timestamptz not null,
    primary key (case_id, seq)
);

create table cases_history (
    case_id   uuid not null references cases_case (id),
    seq       integer not null,
    at        timestamptz not null,
    type      varchar(30) not null,
    actor_id  uuid references accounts_user (id),
    detail    varchar(2000),
    primary key (case_id, seq)
);
