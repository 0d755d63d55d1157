-- Outbound webhooks: endpoints (an organisation's, or staff's for every organisation) and the outbox of
-- their deliveries, one per endpoint and message id (an event delivered twice is stored once).
create table webhooks_endpoint (
    id               uuid primary key,
    organisation_id  uuid,
    url              varchar(2000) not null,
    description      varchar(200),
    events           varchar(1000) not null,
    secret           varchar(100)  not null,
    enabled          boolean       not null default true,
    disabled_reason  varchar(500),
    disabled_at      timestamptz,
    created_by       uuid          not null,
    created_at       timestamptz   not null
);
create index webhooks_endpoint_organisation_ix on webhooks_endpoint (organisation_id);

create table webhooks_delivery (
    id               uuid primary key,
    endpoint_id      uuid          not null references webhooks_endpoint (id) on delete cascade,
    message_id       varchar(100)  not null,
    event_type       varchar(50)   not null,
    payload          text          not null,
    state            varchar(20)   not null,
    attempts         int           not null default 0,
    next_attempt_at  timestamptz,
    lease_until      timestamptz,
    last_status      int,
    last_error       varchar(500),
    created_at       timestamptz   not null,
    delivered_at     timestamptz,
    unique (endpoint_id, message_id)
);
create index webhooks_delivery_due_ix on webhooks_delivery (next_attempt_at) where state = 'QUEUED';
create index webhooks_delivery_endpoint_ix on webhooks_delivery (endpoint_id, created_at desc);
