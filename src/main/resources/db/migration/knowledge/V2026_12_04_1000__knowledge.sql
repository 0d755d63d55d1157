-- Knowledge base: articles, their translations (searchable in their own language), versions and votes.
-- Accents are folded by the unaccent dictionary in front of each language's Snowball stemmer, so
-- "réseau" and "reseau" are the same lexeme on both sides (document and query); pg_trgm gives the
-- typo-tolerant fallback over titles and summaries.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

create text search configuration knowledge_en (copy = english);
alter text search configuration knowledge_en
    alter mapping for asciiword, asciihword, hword_asciipart, word, hword, hword_part with unaccent, english_stem;
create text search configuration knowledge_de (copy = german);
alter text search configuration knowledge_de
    alter mapping for asciiword, asciihword, hword_asciipart, word, hword, hword_part with unaccent, german_stem;
create text search configuration knowledge_fr (copy = french);
alter text search configuration knowledge_fr
    alter mapping for asciiword, asciihword, hword_asciipart, word, hword, hword_part with unaccent, french_stem;
create text search configuration knowledge_es (copy = spanish);
alter text search configuration knowledge_es
    alter mapping for asciiword, asciihword, hword_asciipart, word, hword, hword_part with unaccent, spanish_stem;

-- unaccent() is only STABLE (its dictionary could change); with the dictionary named it is safe to
-- index, which is what this wrapper declares.
create function knowledge_fold(text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- Every term of a query also as a prefix ('prufung':*), for German compounds ("Prüfungssitzung").
create function knowledge_prefixes(tsquery) returns tsquery
    language sql immutable parallel safe strict
    as $$ select regexp_replace($1::text, '''((?:[^'']|'''')+)''', '''\1'':*', 'g')::tsquery $$;

-- Any of the terms instead of all of them (suggestions from a whole case description).
create function knowledge_any(tsquery) returns tsquery
    language sql immutable parallel safe strict
    as $$ select replace($1::text, ' & ', ' | ')::tsquery $$;

create table knowledge_category (
    code        text primary key,
    parent_code text references knowledge_category (code),
    position    int  not null,
    name_en     text not null,
    name_de     text not null,
    name_fr     text not null,
    name_es     text not null
);

insert into knowledge_category (code, parent_code, position, name_en, name_de, name_fr, name_es) values
    ('getting-started', null, 1, 'Getting started', 'Erste Schritte', 'Premiers pas', 'Primeros pasos'),
    ('installation', 'getting-started', 2, 'Installation and upgrades', 'Installation und Upgrades', 'Installation et mises à jour', 'Instalación y actualizaciones'),
    ('licensing', 'getting-started', 3, 'Licences and activation', 'Lizenzen und Aktivierung', 'Licences et activation', 'Licencias y activación'),
    ('accounts', null, 4, 'Accounts and sign-in', 'Konten und Anmeldung', 'Comptes et connexion', 'Cuentas e inicio de sesión'),
    ('exams', null, 5, 'Proctored exams', 'Beaufsichtigte Prüfungen', 'Examens surveillés', 'Exámenes supervisados'),
    ('exam-preparation', 'exams', 6, 'Exam preparation', 'Prüfungsvorbereitung', 'Préparation des examens', 'Preparación de exámenes'),
    ('exam-sessions', 'exams', 7, 'Exam sessions', 'Prüfungssitzungen', 'Sessions d''examen', 'Sesiones de examen'),
    ('network', null, 8, 'Network and proxies', 'Netzwerk und Proxys', 'Réseau et proxys', 'Red y proxies'),
    ('integrations', null, 9, 'Integrations and API', 'Integrationen und API', 'Intégrations et API', 'Integraciones y API');

create table knowledge_article (
    id                uuid primary key,
    kind              text        not null check (kind in ('HOW_TO', 'KNOWN_ISSUE', 'FAQ')),
    visibility        text        not null check (visibility in ('PUBLIC', 'CUSTOMERS', 'INTERNAL')),
    category_code     text        references knowledge_category (code),
    product           text,
    tags              text[]      not null default '{}',
    affected_versions text[]      not null default '{}',
    issue_status      text        check (issue_status in ('OPEN', 'FIXED')),
    fixed_in          text,
    created_at        timestamptz not null,
    created_by        uuid        not null,
    updated_at        timestamptz not null,
    version           bigint      not null default 0
);

create index knowledge_article_category on knowledge_article (category_code);

create table knowledge_translation (
    article_id   uuid        not null references knowledge_article (id),
    lang         text        not null check (lang in ('en', 'de', 'fr', 'es')),
    slug         text        not null,
    title        text        not null,
    summary      text        not null,
    body         text        not null,
    workaround   text,
    state        text        not null check (state in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    published_at timestamptz,
    updated_at   timestamptz not null,
    updated_by   uuid        not null,
    revision     int         not null,
    -- copies of the article's facts that search filters on, kept equal to knowledge_article's by every
    -- write (ArticleStore), so that a search reads one table
    visibility    text        not null,
    kind          text        not null,
    category_code text,
    product       text,
    title_search tsvector generated always as (
        case lang
            when 'de' then to_tsvector('knowledge_de', title)
            when 'fr' then to_tsvector('knowledge_fr', title)
            when 'es' then to_tsvector('knowledge_es', title)
            else to_tsvector('knowledge_en', title)
        end) stored,
    search       tsvector generated always as (
        case lang
            when 'de' then setweight(to_tsvector('knowledge_de', title), 'A')
                || setweight(to_tsvector('knowledge_de', summary), 'B')
                || setweight(to_tsvector('knowledge_de', body || ' ' || coalesce(workaround, '')), 'C')
            when 'fr' then setweight(to_tsvector('knowledge_fr', title), 'A')
                || setweight(to_tsvector('knowledge_fr', summary), 'B')
                || setweight(to_tsvector('knowledge_fr', body || ' ' || coalesce(workaround, '')), 'C')
            when 'es' then setweight(to_tsvector('knowledge_es', title), 'A')
                || setweight(to_tsvector('knowledge_es', summary), 'B')
                || setweight(to_tsvector('knowledge_es', body || ' ' || coalesce(workaround, '')), 'C')
            else setweight(to_tsvector('knowledge_en', title), 'A')
                || setweight(to_tsvector('knowledge_en', summary), 'B')
                || setweight(to_tsvector('knowledge_en', body || ' ' || coalesce(workaround, '')), 'C')
        end) stored,
    folded       text generated always as (knowledge_fold(title || ' ' || summary)) stored,
    primary key (article_id, lang),
    unique (lang, slug)
);

-- Readers search the published translations of one language: one index per language for the whole
-- text and one for titles; staff (every state) use the general ones.
create index knowledge_translation_search on knowledge_translation using gin (search);
create index knowledge_translation_title on knowledge_translation using gin (title_search);
create index knowledge_translation_search_en on knowledge_translation using gin (search) where lang = 'en' and state = 'PUBLISHED';
create index knowledge_translation_search_de on knowledge_translation using gin (search) where lang = 'de' and state = 'PUBLISHED';
create index knowledge_translation_search_fr on knowledge_translation using gin (search) where lang = 'fr' and state = 'PUBLISHED';
create index knowledge_translation_search_es on knowledge_translation using gin (search) where lang = 'es' and state = 'PUBLISHED';
create index knowledge_translation_title_en on knowledge_translation using gin (title_search) where lang = 'en' and state = 'PUBLISHED';
create index knowledge_translation_title_de on knowledge_translation using gin (title_search) where lang = 'de' and state = 'PUBLISHED';
create index knowledge_translation_title_fr on knowledge_translation using gin (title_search) where lang = 'fr' and state = 'PUBLISHED';
create index knowledge_translation_title_es on knowledge_translation using gin (title_search) where lang = 'es' and state = 'PUBLISHED';
create index knowledge_translation_folded on knowledge_translation using gin (folded gin_trgm_ops);
create index knowledge_translation_newest on knowledge_translation (lang, published_at desc) where state = 'PUBLISHED';

-- Every saved text of a translation, newest last: who saved it, when, and in which state.
create table knowledge_translation_version (
    article_id  uuid        not null,
    lang        text        not null,
    revision    int         not null,
    title       text        not null,
    summary     text        not null,
    body        text        not null,
    workaround  text,
    state       text        not null,
    recorded_at timestamptz not null,
    recorded_by uuid        not null,
    primary key (article_id, lang, revision),
    foreign key (article_id, lang) references knowledge_translation (article_id, lang)
);

-- "Was this helpful?": one vote per user and translation (a second vote replaces the first).
create table knowledge_vote (
    article_id uuid        not null,
    lang       text        not null,
    user_id    uuid        not null,
    helpful    boolean     not null,
    voted_at   timestamptz not null,
    primary key (article_id, lang, user_id),
    foreign key (article_id, lang) references knowledge_translation (article_id, lang)
);
