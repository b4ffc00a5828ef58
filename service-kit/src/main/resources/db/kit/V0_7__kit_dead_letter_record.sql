-- Dead letters read back from the service's dead-letter topic: where each record was, what it claimed to be, why it
-- could not be applied, the record itself (headers and payload) so that it can be re-driven once the cause is fixed,
-- and the outcome of its last re-drive.
CREATE TABLE dead_letter_record (
    id                   BIGSERIAL   PRIMARY KEY,
    dlq_topic            TEXT        NOT NULL,
    dlq_partition        INTEGER     NOT NULL,
    dlq_offset           BIGINT      NOT NULL,
    topic                TEXT,
    kafka_partition      INTEGER,
    kafka_offset         BIGINT,
    record_key           TEXT,
    event_id             TEXT,
    event_type           TEXT,
    reason               TEXT,
    cause                TEXT,
    exception            TEXT,
    -- NULL when the record was kept before re-drive existed (it cannot be re-driven)
    headers              JSONB,
    payload              BYTEA,
    dead_lettered_at     TIMESTAMPTZ NOT NULL,
    redrives             INTEGER     NOT NULL DEFAULT 0,
    last_redrive_at      TIMESTAMPTZ,
    last_redrive_outcome TEXT,
    last_redrive_reason  TEXT,
    UNIQUE (dlq_topic, dlq_partition, dlq_offset)
);
CREATE INDEX dead_letter_record_newest ON dead_letter_record (dead_lettered_at DESC, id DESC);
