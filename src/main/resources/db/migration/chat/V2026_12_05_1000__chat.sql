-- Live chat: sessions, their transcripts (one sequence per chat), read markers, agents' chat status and
-- the agents a chat was offered to (so an offer that times out goes to someone else).
create table chat_session (
    id               uuid primary key,
    organisation_id  uuid         not null,
    customer_id      uuid         not null,
    topic            varchar(200) not null,
    language         varchar(5)   not null,
    product          varchar(100),
    severity         int,
    priority         boolean      not null,  -- the organisation had priority queueing when the chat started
    state            varchar(10)  not null,  -- WAITING, OFFERED, ACTIVE, CLOSED
    started_at       timestamptz  not null,
    offered_to       uuid,
    offer_number     int          not null default 0,
    offer_deadline   timestamptz,
    agent_id         uuid,
    accepted_at      timestamptz,
    closed_at        timestamptz,
    case_id          uuid,
    last_seq         int          not null default 0
);
create index chat_session_queue_ix on chat_session (priority desc, started_at) where state in ('WAITING', 'OFFERED');
create index chat_session_org_ix on chat_session (organisation_id, started_at desc);
create index chat_session_agent_ix on chat_session (agent_id) where state = 'ACTIVE';

create table chat_message (
    chat_id    uuid          not null references chat_session (id) on delete cascade,
    seq        int           not null,
    client_id  varchar(100),
    author_id  uuid          not null,
    author_name varchar(200) not null,  -- as the transcript shows it, at the time of writing
    staff      boolean       not null,
    body       varchar(4000) not null,
    at         timestamptz   not null,
    primary key (chat_id, seq),
    unique (chat_id, client_id)
);

create table chat_read_marker (
    chat_id  uuid not null references chat_session (id) on delete cascade,
    user_id  uuid not null,
    seq      int  not null,
    primary key (chat_id, user_id)
);

create table chat_agent (
    user_id     uuid primary key,
    status      varchar(10) not null,  -- ONLINE, AWAY, OFFLINE
    capacity    int         not null,
    changed_at  timestamptz not null
);

create table chat_offer (
    chat_id    uuid        not null references chat_session (id) on delete cascade,
    agent_id   uuid        not null,
    offered_at timestamptz not null,
    outcome    varchar(10) not null,  -- OPEN, ACCEPTED, TIMED_OUT
    primary key (chat_id, agent_id)
);
