-- mail: the transactional outbox. A row is written in the transaction of the change that causes it,
-- once per cause and recipient, and sent after the commit.
create table mail_outbox (
    id              uuid primary key,
    cause           varchar(200) not null,
    recipient       varchar(254) not null,
    case_id         uuid,
    kind            varchar(32) not null,
    subject         varchar(500) not null,
    text_body       text not null,
    html_body       text,
    message_id      varchar(300) not null,
    thread_id       varchar(300),
    state           varchar(16) not null,
    attempts        integer not null default 0,
    next_attempt_at timestamptz,
    last_error      varchar(1000),
    queued_at       timestamptz not null,
    sent_at         timestamptz,
    constraint mail_outbox_cause_uk unique (cause, recipient)
);
-- what the sender picks: the queued mail that is due, oldest first
create index mail_outbox_due_ix on mail_outbox (next_attempt_at) where state = 'QUEUED';
create index mail_outbox_case_ix on mail_outbox (case_id, queued_at);
create index mail_outbox_recent_ix on mail_outbox (queued_at desc);
