-- accounts: organisations (customer tenants), users (customers and vendor staff), teams,
-- language skills, personal API tokens, sign-in throttling and the audit log.

create table accounts_organisation (
    id          uuid primary key,
    name        varchar(200) not null,
    created_at  timestamptz not null,
    version     bigint not null
);
create unique index accounts_organisation_name_uk on accounts_organisation (lower(name));

create table accounts_user (
    id              uuid primary key,
    organisation_id uuid references accounts_organisation (id),
    email           varchar(254) not null,
    name            varchar(200) not null,
    role            varchar(32) not null,
    password_hash   varchar(200) not null,
    language        varchar(2) not null,
    time_zone       varchar(64) not null,
    enabled         boolean not null,
    created_at      timestamptz not null,
    version         bigint not null,
    constraint accounts_user_tenant_ck check (
        (role in ('CUSTOMER_USER', 'CUSTOMER_ADMIN')) = (organisation_id is not null))
);
create unique index accounts_user_email_uk on accounts_user (lower(email));
create index accounts_user_organisation_ix on accounts_user (organisation_id);

create table accounts_language_skill (
    user_id   uuid not null references accounts_user (id) on delete cascade,
    language  varchar(2) not null,
    primary key (user_id, language)
);

create table accounts_team (
    id       uuid primary key,
    name     varchar(200) not null,
    lead_id  uuid references accounts_user (id),
    version  bigint not null
);
create unique index accounts_team_name_uk on accounts_team (lower(name));

create table accounts_team_member (
    team_id  uuid not null references accounts_team (id) on delete cascade,
    user_id  uuid not null references accounts_user (id),
    primary key (team_id, user_id)
);

create table accounts_api_token (
    id            uuid primary key,
    user_id       uuid not null references accounts_user (id),
    name          varchar(100) not null,
    token_hash    char(64) not null,
    created_at    timestamptz not null,
    expires_at    timestamptz,
    revoked_at    timestamptz,
    last_used_at  timestamptz,
    version       bigint not null
);
create unique index accounts_api_token_hash_uk on accounts_api_token (token_hash);
create index accounts_api_token_user_ix on accounts_api_token (user_id);

create table accounts_login_failure (
    id       bigserial primary key,
    email    varchar(254) not null,
    address  varchar(64) not null,
    at       timestamptz not null
);
create index accounts_login_failure_email_ix on accounts_login_failure (lower(email), at);
create index accounts_login_failure_address_ix on accounts_login_failure (address, at);

create table accounts_audit_event (
    id        bigserial primary key,
    at        timestamptz not null,
    action    varchar(40) not null,
    actor     varchar(254),
    subject   varchar(254),
    address   varchar(64),
    detail    varchar(1000)
);
create index accounts_audit_event_at_ix on accounts_audit_event (at desc);
