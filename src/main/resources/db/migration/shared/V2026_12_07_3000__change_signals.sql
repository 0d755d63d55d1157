-- Reference data (plans, calendars, subscriptions) announces every committed change on the channel
-- supportdesk_change, the payload naming the topic: each node keeps what it read of them until then
-- (shared/ChangeSignals). PostgreSQL delivers a notification when its transaction commits, and sends
-- one per topic and transaction however many rows changed.
create function shared_announce_change() returns trigger language plpgsql as $$
begin
    perform pg_notify('supportdesk_change', tg_argv[0]);
    return null;
end
$$;
