-- Product suggestions (feature requests): votes (one per user and organisation: a customer's own, or a
-- TAM's on behalf of one of their accounts), followers, comments and the public status history. Search
-- reuses the knowledge base's text search configurations (migration knowledge: each language's Snowball
-- stemmer behind unaccent) and its folding and any-word functions, so suggestions and articles match
-- words the same way.
create function suggestions_query(lang text, q text) returns tsquery
    language sql stable parallel safe strict
    as $$ select case lang
        when 'de' then knowledge_prefixes(knowledge_any(plainto_tsquery('knowledge_de', q)))
        when 'fr' then knowledge_any(plainto_tsquery('knowledge_fr', q))
        when 'es' then knowledge_any(plainto_tsquery('knowledge_es', q))
        else knowledge_any(plainto_tsquery('knowledge_en', q)) end $$;

create function suggestions_fold(text) returns text
    language sql immutable parallel safe strict
    as $$ select knowledge_fold($1) $$;

create table suggestions_suggestion (
    id              uuid primary key,
    title           text        not null,
    description     text        not null,
    product         text        not null,
    lang            text        not null check (lang in ('en', 'de', 'fr', 'es')),
    author_id       uuid        not null,
    organisation_id uuid,
    status          text        not null check (status in ('UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'SHIPPED', 'DECLINED')),
    status_detail   text,
    created_at      timestamptz not null,
    merged_into     uuid references suggestions_suggestion (id),
    search          tsvector generated always as (
        case lang
            when 'de' then setweight(to_tsvector('knowledge_de', title), 'A') || setweight(to_tsvector('knowledge_de', description), 'B')
            when 'fr' then setweight(to_tsvector('knowledge_fr', title), 'A') || setweight(to_tsvector('knowledge_fr', description), 'B')
            when 'es' then setweight(to_tsvector('knowledge_es', title), 'A') || setweight(to_tsvector('knowledge_es', description), 'B')
            else setweight(to_tsvector('knowledge_en', title), 'A') || setweight(to_tsvector('knowledge_en', description), 'B')
        end) stored,
    folded          text generated always as (knowledge_fold(title)) stored
);
create index suggestions_search on suggestions_suggestion using gin (search) where merged_into is null;
create index suggestions_folded on suggestions_suggestion using gin (folded gin_trgm_ops) where merged_into is null;
create index suggestions_newest on suggestions_suggestion (created_at desc) where merged_into is null;

create table suggestions_vote (
    suggestion_id   uuid        not null references suggestions_suggestion (id),
    user_id         uuid        not null,
    organisation_id uuid        not null,
    on_behalf       boolean     not null default false,
    voted_at        timestamptz not null,
    primary key (suggestion_id, user_id, organisation_id)
);
create index suggestions_vote_recent on suggestions_vote (voted_at, suggestion_id);

create table suggestions_follower (
    suggestion_id uuid        not null references suggestions_suggestion (id),
    user_id       uuid        not null,
    since         timestamptz not null,
    primary key (suggestion_id, user_id)
);

create table suggestions_comment (
    id              uuid primary key,
    suggestion_id   uuid        not null references suggestions_suggestion (id),
    author_id       uuid        not null,
    organisation_id uuid,
    staff           boolean     not null,
    body            text        not null,
    at              timestamptz not null
);
create index suggestions_comment_suggestion on suggestions_comment (suggestion_id, at);

-- Every status a suggestion had, with the product team's public response.
create table suggestions_status_change (
    id            uuid primary key,
    suggestion_id uuid        not null references suggestions_suggestion (id),
    status        text        not null,
    detail        text,
    response      text        not null,
    changed_by    uuid        not null,
    at            timestamptz not null
);
create index suggestions_status_change_suggestion on suggestions_status_change (suggestion_id, at);
