-- accounts (issue 10, defect 5): sessions follow the user's current state; disabling, password
-- changes and resets by a time-limited link.

-- A random value that changes whenever a user's signed-in sessions must end (disabled, password
-- changed or reset). Every web request compares it with the one its session was signed in with.
alter table accounts_user add column security_stamp uuid;
update accounts_user set security_stamp = gen_random_uuid();
alter table accounts_user alter column security_stamp set not null;
