-- Search reads a narrow copy of each translation: the facts it filters and sorts on and the two
-- vectors (kept in the row, not in TOAST: a match is tested without a second read), nothing else.
-- A word most articles contain is then matched by walking the newest-first index (the first rows
-- match), a rarer one through the GIN index, each over a heap a quarter of the wide table's size.
-- A trigger keeps the copy equal to knowledge_translation on every write; the wide table's vectors
-- and their indexes go.
create function knowledge_configuration(text) returns regconfig
    language sql immutable parallel safe strict
    as $$ select case $1 when 'de' then 'knowledge_de'::regconfig when 'fr' then 'knowledge_fr'::regconfig
        when 'es' then 'knowledge_es'::regconfig else 'knowledge_en'::regconfig end $$;

create table knowledge_search (
    article_id    uuid        not null,
    lang          text        not null,
    state         text        not null,
    visibility    text        not null,
    kind          text        not null,
    category_code text,
    product       text,
    published_at  timestamptz,
    title_search  tsvector    not null,
    search        tsvector    not null,
    primary key (article_id, lang)
);

alter table knowledge_search alter column search set storage main;
alter table knowledge_search alter column title_search set storage main;

insert into knowledge_search (article_id, lang, state, visibility, kind, category_code, product, published_at,
        title_search, search)
    select article_id, lang, state, visibility, kind, category_code, product, published_at, title_search, search
    from knowledge_translation;

create function knowledge_search_copy() returns trigger
    language plpgsql
    as $$
begin
    if tg_op = 'DELETE' then
        delete from knowledge_search where article_id = old.article_id and lang = old.lang;
        return old;
    end if;
    insert into knowledge_search (article_id, lang, state, visibility, kind, category_code, product, published_at,
            title_search, search)
        values (new.article_id, new.lang, new.state, new.visibility, new.kind, new.category_code, new.product,
            new.published_at, to_tsvector(knowledge_configuration(new.lang), new.title),
            setweight(to_tsvector(knowledge_configuration(new.lang), new.title), 'A')
                || setweight(to_tsvector(knowledge_configuration(new.lang), new.summary), 'B')
                || setweight(to_tsvector(knowledge_configuration(new.lang),
                    new.body || ' ' || coalesce(new.workaround, '')), 'C'))
        on conflict (article_id, lang) do update set state = excluded.state, visibility = excluded.visibility,
            kind = excluded.kind, category_code = excluded.category_code, product = excluded.product,
            published_at = excluded.published_at, title_search = excluded.title_search, search = excluded.search;
    return new;
end $$;

create trigger knowledge_search_copy after insert or update or delete on knowledge_translation
    for each row execute function knowledge_search_copy();

alter table knowledge_translation drop column search, drop column title_search;

-- Readers search the published translations of one language (one index per language for the whole
-- text and one for titles); staff (every state) use the general ones.
create index knowledge_search_all on knowledge_search using gin (search);
create index knowledge_search_all_titles on knowledge_search using gin (title_search);
create index knowledge_search_en on knowledge_search using gin (search) where lang = 'en' and state = 'PUBLISHED';
create index knowledge_search_de on knowledge_search using gin (search) where lang = 'de' and state = 'PUBLISHED';
create index knowledge_search_fr on knowledge_search using gin (search) where lang = 'fr' and state = 'PUBLISHED';
create index knowledge_search_es on knowledge_search using gin (search) where lang = 'es' and state = 'PUBLISHED';
create index knowledge_search_titles_en on knowledge_search using gin (title_search) where lang = 'en' and state = 'PUBLISHED';
create index knowledge_search_titles_de on knowledge_search using gin (title_search) where lang = 'de' and state = 'PUBLISHED';
create index knowledge_search_titles_fr on knowledge_search using gin (title_search) where lang = 'fr' and state = 'PUBLISHED';
create index knowledge_search_titles_es on knowledge_search using gin (title_search) where lang = 'es' and state = 'PUBLISHED';
create index knowledge_search_newest on knowledge_search (lang, published_at desc nulls last) where state = 'PUBLISHED';

-- How many published articles of a language (internal ones left out) contain each lexeme, refreshed
-- from ts_stat after writes (SearchVocabulary): which words are too common to narrow a search, and
-- which words the index knows (German compounds are split into known words).
create table knowledge_lexeme (
    lang     text not null,
    lexeme   text not null,
    articles int  not null,
    primary key (lang, lexeme)
);

create table knowledge_lexeme_total (
    lang     text primary key,
    articles int  not null
);

-- Whether translations were written since the counts were last made (one row; every writing statement
-- sets it, the refresh clears it before it counts), and the counts' version (each instance reloads
-- them when it changes).
create table knowledge_lexeme_change (
    id      int     primary key check (id = 1),
    changed boolean not null,
    version bigint  not null
);

insert into knowledge_lexeme_change (id, changed, version) values (1, true, 0);

create function knowledge_lexeme_changed() returns trigger
    language plpgsql
    as $$
begin
    update knowledge_lexeme_change set changed = true where id = 1 and not changed;
    return null;
end $$;

create trigger knowledge_lexeme_changed after insert or update or delete on knowledge_translation
    for each statement execute function knowledge_lexeme_changed();
