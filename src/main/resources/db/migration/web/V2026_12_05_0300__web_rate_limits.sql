-- API rate limits (Bucket4j, PostgreSQL select-for-update proxy): one token bucket per API credential
-- and one per client address, shared by every node. The state is Bucket4j's serialised bucket.
create table web_rate_limit_bucket (
    id          varchar(100) primary key,
    state       bytea,
    expires_at  bigint
);
