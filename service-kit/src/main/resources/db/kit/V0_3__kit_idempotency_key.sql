-- Idempotency-Key on creates: the first response is kept and replayed for retries with the same body.
CREATE TABLE idempotency_key (
    scope         VARCHAR(100) NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash  VARCHAR(64)  NOT NULL,
    location      TEXT,
    response_body TEXT,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, idempotency_key)
);
