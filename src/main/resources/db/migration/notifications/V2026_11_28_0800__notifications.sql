-- notifications: in-app notices to staff (SLA escalations now; e-mail once the mail channel exists).
create table notifications_notification (
    id          uuid primary key,
    user_id     uuid not null references accounts_user (id),
    at          timestamptz not null,
    kind        varchar(30) not null,
    case_id     uuid,
    text        varchar(1000) not null,
    read_at     timestamptz,
    unique (user_id, kind, case_id, text)
);
create index notifications_user_ix on notifications_notification (user_id, at desc);
