-- A case shared with more users of its organisation: they follow it like its requester does.
create table cases_share (
    case_id    uuid not null references cases_case (id),
    user_id    uuid not null references accounts_user (id),
    shared_at  timestamptz not null,
    shared_by  uuid references accounts_user (id),
    primary key (case_id, user_id)
);
create index cases_share_user_ix on cases_share (user_id);
