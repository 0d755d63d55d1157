-- An organisation's time zone: where its people read times, unless a user chooses another.
alter table accounts_organisation add column time_zone varchar(64) not null default 'Europe/Berlin';
