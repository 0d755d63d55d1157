-- The cases linked to an article (a known issue they hit, a how-to that answered them): staff link
-- and unlink them; every reader who may see the article sees how many there are, staff which ones.
-- The case id is the cases module's; it is checked when the link is made, not by a foreign key.
create table knowledge_case_link (
    article_id uuid        not null references knowledge_article (id),
    case_id    uuid        not null,
    linked_at  timestamptz not null,
    linked_by  uuid        not null,
    seq        bigserial   not null, -- the order links were made in, for two made at one instant
    primary key (article_id, case_id)
);

create index knowledge_case_link_case on knowledge_case_link (case_id);
