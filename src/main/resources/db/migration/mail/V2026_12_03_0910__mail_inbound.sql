-- mail: what was read from a support mailbox, once per message (its Message-ID, or a hash of its bytes
-- where it has none), written in the transaction of the case change it caused; and the quarantine of
-- mail that no known customer sent (kept whole, never dropped).
create table mail_inbound (
    mailbox     varchar(400) not null,
    message_key varchar(400) not null,
    sender      varchar(320),
    subject     varchar(500),
    outcome     varchar(32) not null,
    case_id     uuid,
    received_at timestamptz not null,
    primary key (mailbox, message_key)
);
create index mail_inbound_case_ix on mail_inbound (case_id);

create table mail_quarantine (
    id          uuid primary key,
    mailbox     varchar(400) not null,
    message_key varchar(400) not null,
    sender      varchar(320),
    subject     varchar(500),
    reason      varchar(32) not null,
    raw         bytea not null,
    state       varchar(16) not null,
    received_at timestamptz not null,
    case_id     uuid,
    decided_by  varchar(254),
    decided_at  timestamptz
);
create index mail_quarantine_open_ix on mail_quarantine (received_at desc) where state = 'OPEN';
