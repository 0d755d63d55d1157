-- notifications: a notice keeps its facts, so that each reader sees it in their own language and zone
-- (the text column keeps the English rendering in UTC: what makes a redelivered notice a duplicate).
alter table notifications_notification add column reference varchar(20);
alter table notifications_notification add column subject varchar(300);
alter table notifications_notification add column metric varchar(20);
alter table notifications_notification add column percent smallint;
alter table notifications_notification add column due_at timestamptz;
create index notifications_unread_ix on notifications_notification (user_id) where read_at is null;
