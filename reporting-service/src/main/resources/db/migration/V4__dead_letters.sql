-- What the consumers dead-lettered, read back from the dead-letter topic so that admins can list it and see why.
CREATE TABLE dead_letter (
    dlq_partition    INTEGER     NOT NULL,
    dlq_offset       BIGINT      NOT NULL,
    topic            TEXT,
    kafka_partition  INTEGER,
    kafka_offset     BIGINT,
    record_key       TEXT,
    event_id         TEXT,
    event_type       TEXT,
    reason           TEXT,
    cause            TEXT,
    exception        TEXT,
    payload          TEXT,
    dead_lettered_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (dlq_partition, dlq_offset)
);
CREATE INDEX dead_letter_newest ON dead_letter (dead_lettered_at DESC, dlq_partition, dlq_offset);
