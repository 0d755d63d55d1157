-- Web sessions in the database (Spring Session JDBC, spring.session.jdbc.table-name), so that any node
-- serves a signed-in user: Spring Session's own PostgreSQL schema under the accounts module's names.
create table accounts_web_session (
    primary_id             char(36)     not null,
    session_id             char(36)     not null,
    creation_time          bigint       not null,
    last_access_time       bigint       not null,
    max_inactive_interval  int          not null,
    expiry_time            bigint       not null,
    principal_name         varchar(100),
    constraint accounts_web_session_pk primary key (primary_id)
);
create unique index accounts_web_session_ix1 on accounts_web_session (session_id);
create index accounts_web_session_ix2 on accounts_web_session (expiry_time);
create index accounts_web_session_ix3 on accounts_web_session (principal_name);

create table accounts_web_session_attributes (
    session_primary_id  char(36)     not null,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea        not null,
    constraint accounts_web_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint accounts_web_session_attributes_fk foreign key (session_primary_id)
        references accounts_web_session (primary_id) on delete cascade
);
