-- Deflection: each new-case form a customer starts, the articles suggested beside it (impressions)
-- and opened from it, once per form and article; a form with an opened article that was never
-- submitted counts as a deflection for that article once it is old enough to be abandoned.
create table knowledge_case_form (
    id              uuid primary key,
    user_id         uuid        not null,
    organisation_id uuid        not null,
    started_at      timestamptz not null,
    submitted_at    timestamptz
);

create table knowledge_form_event (
    form_id    uuid        not null references knowledge_case_form (id),
    article_id uuid        not null references knowledge_article (id),
    kind       text        not null check (kind in ('IMPRESSION', 'OPEN')),
    at         timestamptz not null,
    primary key (form_id, article_id, kind)
);

create index knowledge_form_event_article on knowledge_form_event (article_id, kind);
