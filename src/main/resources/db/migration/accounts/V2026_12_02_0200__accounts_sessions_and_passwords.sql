-- accounts (issue 10, defect 5): sessions follow the user's current state; disabling, password
-- changes and resets by a time-limited link.

-- A random value that changes whenever a user's signed-in sessions must end (disabled, password
-- changed or reset). Every web request compares it with the one its session was signed in with.
alter table accounts_user add column security_stamp uuid;
update accounts_user set security_stamp = gen_random_uuid();
alter table accounts_user alter column security_stamp set not null;

-- "Forgot your password?": at most one open request per user, closed when an admin issues a reset
-- link or the password changes.
create table accounts_password_reset_request (
    id            uuid primary key,
    user_id       uuid not null references accounts_user (id),
    requested_at  timestamptz not null,
    closed_at     timestamptz
);
create unique index accounts_password_reset_request_open_uk on accounts_password_reset_request (user_id)
    where closed_at is null;

-- Reset links an admin issued: only the SHA-256 of the token is kept; each is usable once, until it
-- expires, and a newer link for the same user revokes it.
create table accounts_password_reset_link (
    id          uuid primary key,
    user_id     uuid not null references accounts_user (id),
    token_hash  char(64) not null,
    issued_by   varchar(254) not null,
    issued_at   timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    revoked_at  timestamptz
);
create unique index accounts_password_reset_link_hash_uk on accounts_password_reset_link (token_hash);
create index accounts_password_reset_link_open_ix on accounts_password_reset_link (user_id)
    where used_at is null and revoked_at is null;
