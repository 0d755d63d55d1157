-- Attachments of cases: metadata here, content in the attachment store (files under the data
-- directory by default), addressed by storage_key.
create table cases_attachment (
    id            uuid primary key,
    case_id       uuid not null references cases_case (id),
    filename      varchar(255) not null,
    content_type  varchar(255) not null,
    size_bytes    bigint not null,
    sha256        char(64) not null,
    storage_key   varchar(200) not null,
    uploaded_by   uuid references accounts_user (id),
    uploaded_at   timestamptz not null
);
create index cases_attachment_case_ix on cases_attachment (case_id, uploaded_at);
