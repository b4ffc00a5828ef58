-- Partners' endpoints: where and what to deliver, the signing secrets (AES-GCM ciphertext, never in clear) and the
-- endpoint's health, which the delivery worker keeps.
CREATE TABLE endpoint (
    id                    UUID         PRIMARY KEY,
    -- NULL: registered by an admin for the programme itself
    partner_code          VARCHAR(32),
    url                   TEXT         NOT NULL,
    -- ce_type values; empty = every type
    event_types           TEXT[]       NOT NULL,
    region_code           VARCHAR(40),
    district_code         VARCHAR(80),
    description           TEXT,
    enabled               BOOLEAN      NOT NULL,
    disabled_reason       TEXT,
    disabled_at           TIMESTAMPTZ,
    secret                BYTEA        NOT NULL,
    secret_rotated_at     TIMESTAMPTZ,
    -- the secret before the last rotation, still signing beside the new one until previous_secret_until
    previous_secret       BYTEA,
    previous_secret_until TIMESTAMPTZ,
    -- the first failed attempt since the last success: failing for long enough disables the endpoint
    failing_since         TIMESTAMPTZ,
    last_success_at       TIMESTAMPTZ,
    failed_deliveries     BIGINT       NOT NULL DEFAULT 0,
    created_at            TIMESTAMPTZ  NOT NULL,
    version               BIGINT       NOT NULL
);
CREATE INDEX endpoint_by_partner ON endpoint (partner_code, created_at, id);

-- One row per event and matching endpoint, written in the inbox's transaction (fan-out exactly once), with the event
-- as it was received: the payload's bytes and its ce_ headers.
CREATE TABLE delivery (
    position          BIGSERIAL    PRIMARY KEY,
    id                UUID         NOT NULL UNIQUE,
    endpoint_id       UUID         NOT NULL REFERENCES endpoint (id) ON DELETE CASCADE,
    event_id          UUID         NOT NULL,
    event_type        VARCHAR(200) NOT NULL,
    subject           UUID         NOT NULL,
    sequence          BIGINT       NOT NULL,
    occurred_at       TIMESTAMPTZ  NOT NULL,
    topic             VARCHAR(200) NOT NULL,
    kafka_partition   INTEGER      NOT NULL,
    kafka_offset      BIGINT       NOT NULL,
    headers           JSONB        NOT NULL,
    payload           BYTEA        NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    attempts          INTEGER      NOT NULL DEFAULT 0,
    queued_at         TIMESTAMPTZ  NOT NULL,
    -- retries stop this long after retrying_since (queued, redelivered or recovered)
    retrying_since    TIMESTAMPTZ  NOT NULL,
    next_attempt_at   TIMESTAMPTZ  NOT NULL,
    -- a worker holds the delivery while it is sent; a lease that expired (the worker died) frees it again
    leased_until      TIMESTAMPTZ,
    completed_at      TIMESTAMPTZ,
    last_status_code  INTEGER,
    last_error        TEXT,
    UNIQUE (endpoint_id, event_id)
);
-- The worker's claim: each endpoint's due deliveries, and whether an earlier one of the same subject is pending.
CREATE INDEX delivery_due ON delivery (endpoint_id, next_attempt_at, position) WHERE status = 'PENDING';
CREATE INDEX delivery_pending_by_subject ON delivery (endpoint_id, subject, sequence, position) WHERE status = 'PENDING';
CREATE INDEX delivery_in_flight ON delivery (endpoint_id) WHERE status = 'PENDING' AND leased_until IS NOT NULL;
-- The delivery log, newest first; retention of delivered rows by age.
CREATE INDEX delivery_log ON delivery (endpoint_id, queued_at DESC, position DESC);
CREATE INDEX delivery_delivered_at ON delivery (completed_at) WHERE status = 'DELIVERED';

-- Every attempt: when, how long, the answer's status, the error and the first kilobyte of the answer.
CREATE TABLE delivery_attempt (
    id                BIGSERIAL    PRIMARY KEY,
    delivery_position BIGINT       NOT NULL REFERENCES delivery (position) ON DELETE CASCADE,
    attempted_at      TIMESTAMPTZ  NOT NULL,
    duration_ms       BIGINT       NOT NULL,
    status_code       INTEGER,
    error             TEXT,
    response_excerpt  TEXT
);
CREATE INDEX delivery_attempt_of ON delivery_attempt (delivery_position, id);
