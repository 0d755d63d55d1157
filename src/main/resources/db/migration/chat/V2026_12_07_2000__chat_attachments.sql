-- Files sent in a chat: one per message that carries it (the message's body is the file's name). The content
-- lives in the cases module's attachment store, kept under its rules (size, detected type), addressed by
-- storage_key. When the chat becomes a case (or is attached to one), each file becomes an attachment of that
-- case naming the same content; chat_attachment_case records which case has which file, so it is handed once.
create table chat_attachment (
    id              uuid primary key,
    chat_id         uuid         not null,
    seq             int          not null,
    filename        varchar(255) not null,
    content_type    varchar(255) not null,
    size_bytes      bigint       not null,
    sha256          char(64)     not null,
    storage_key     varchar(200) not null,
    foreign key (chat_id, seq) references chat_message (chat_id, seq) on delete cascade,
    unique (chat_id, seq)
);

create table chat_attachment_case (
    attachment_id  uuid not null references chat_attachment (id) on delete cascade,
    case_id        uuid not null,
    primary key (attachment_id, case_id)
);
