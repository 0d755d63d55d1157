-- Downloads: products, their versions (GA or early-adopter builds), the files of each version (content in
-- the file store, size and SHA-256 computed while it streamed in), who downloaded what, and who wants to
-- hear of new versions. A product's name is the product its customers' subscriptions carry.
create table downloads_product (
    id          uuid primary key,
    name        text        not null,
    description text        not null default '',
    created_at  timestamptz not null
);
create unique index downloads_product_name on downloads_product (lower(name));

create table downloads_version (
    id             uuid primary key,
    product_id     uuid        not null references downloads_product (id),
    version        text        not null,
    channel        text        not null check (channel in ('GA', 'EARLY_ADOPTER')),
    support_status text        not null check (support_status in ('CURRENT', 'MAINTAINED', 'END_OF_LIFE')),
    release_notes  text        not null default '',
    released_at    timestamptz not null,
    created_at     timestamptz not null,
    unique (product_id, version)
);
create index downloads_version_product on downloads_version (product_id, released_at desc);

create table downloads_file (
    id          uuid primary key,
    version_id  uuid        not null references downloads_version (id),
    name        text        not null,
    platform    text        not null,
    size        bigint      not null check (size >= 0),
    sha256      char(64)    not null,
    storage_key text        not null,
    uploaded_at timestamptz not null,
    uploaded_by uuid        not null,
    unique (version_id, name)
);

-- One row per download started: who (and their organisation, none for staff), which file, when, the bytes
-- asked for (the whole file or the range) and, once the response was written, the bytes sent.
create table downloads_audit (
    id              uuid primary key,
    file_id         uuid        not null references downloads_file (id),
    user_id         uuid        not null,
    organisation_id uuid,
    at              timestamptz not null,
    range_start     bigint,
    bytes_requested bigint      not null,
    bytes_sent      bigint
);
create index downloads_audit_file on downloads_audit (file_id, at desc);

-- "Notify me of new versions", per user and product.
create table downloads_watch (
    product_id uuid        not null references downloads_product (id),
    user_id    uuid        not null,
    since      timestamptz not null,
    primary key (product_id, user_id)
);
