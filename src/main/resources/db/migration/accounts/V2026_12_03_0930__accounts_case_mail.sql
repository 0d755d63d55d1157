-- accounts: whether a user receives mail about their cases (acknowledgements, support's replies).
-- Mail is the only channel of an organisation without portal case management: there it always goes out.
alter table accounts_user add column case_mail boolean not null default true;
