-- Transactional outbox: written in the same transaction as the state change, published by OutboxRelay.
CREATE TABLE outbox_event (
    position      BIGSERIAL    PRIMARY KEY,
    id            UUID         NOT NULL UNIQUE,
    event_type    VARCHAR(200) NOT NULL,
    topic         VARCHAR(200) NOT NULL,
    source        VARCHAR(200) NOT NULL,
    subject       UUID         NOT NULL,
    sequence      BIGINT       NOT NULL,
    occurred_at   TIMESTAMPTZ  NOT NULL,
    payload       TEXT         NOT NULL,
    published_at  TIMESTAMPTZ
);

-- The relay reads only what is still unpublished, in commit order.
CREATE INDEX outbox_event_unpublished ON outbox_event (position) WHERE published_at IS NULL;
