-- Idempotent consumer: one row per applied event id, written in the same transaction as its effect.
CREATE TABLE processed_event (
    event_id      UUID         PRIMARY KEY,
    event_type    VARCHAR(200) NOT NULL,
    subject       UUID         NOT NULL,
    sequence      BIGINT       NOT NULL,
    topic         VARCHAR(200) NOT NULL,
    kafka_partition INTEGER    NOT NULL,
    kafka_offset  BIGINT       NOT NULL,
    processed_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
