-- The mail domains an organisation has verified: mail from an unknown address in one of them makes a
-- new customer user of that organisation. A domain belongs to one organisation at most.
create table accounts_organisation_domain (
    domain          varchar(253) primary key,
    organisation_id uuid not null references accounts_organisation (id)
);
create index accounts_organisation_domain_org_ix on accounts_organisation_domain (organisation_id);
