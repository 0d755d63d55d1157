-- An administrative change (plans, calendars, roles, subscriptions, account managers, domains) is
-- recorded with the state before and after it, as JSON or text, in the transaction of the change.
alter table accounts_audit_event add column before_state text;
alter table accounts_audit_event add column after_state text;
alter table accounts_audit_event add column category varchar(20) not null default 'SECURITY';
create index accounts_audit_event_category_ix on accounts_audit_event (category, at desc);
