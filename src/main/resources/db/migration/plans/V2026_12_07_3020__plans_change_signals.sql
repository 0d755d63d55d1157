-- A change of a plan, a plan's version, a subscription or its segments is announced to every node
-- (shared_announce_change).
create trigger plans_plan_changed after insert or update or delete or truncate on plans_plan
    for each statement execute function shared_announce_change('PLANS');
create trigger plans_plan_version_changed after insert or update or delete or truncate on plans_plan_version
    for each statement execute function shared_announce_change('PLANS');
create trigger plans_subscription_changed after insert or update or delete or truncate on plans_subscription
    for each statement execute function shared_announce_change('SUBSCRIPTIONS');
create trigger plans_subscription_segment_changed after insert or update or delete or truncate on plans_subscription_segment
    for each statement execute function shared_announce_change('SUBSCRIPTIONS');
