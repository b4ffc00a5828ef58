-- Who changed what (SPEC §11): one row per write, appended in the transaction of the change and its outbox row, so a
-- row exists exactly when the change does; reads of personal data are rows without changes. Never published.
CREATE TABLE audit_entry (
    position        BIGSERIAL    PRIMARY KEY,
    -- the transaction's clock: every entry of one transaction has the same time
    at              TIMESTAMPTZ  NOT NULL DEFAULT now(),
    actor           VARCHAR(200) NOT NULL,
    role            VARCHAR(200) NOT NULL,
    aggregate       VARCHAR(100) NOT NULL,
    -- text, not UUID: some aggregates are keyed by a code (a course)
    aggregate_id    VARCHAR(200) NOT NULL,
    version         BIGINT,
    action          VARCHAR(100) NOT NULL,
    -- {"field": [before, after]}, only the fields that changed
    changes         JSONB        NOT NULL DEFAULT '{}',
    -- the keys of changes whose values are personal data, masked for roles that may not read them
    personal_fields TEXT[]       NOT NULL DEFAULT '{}',
    event_id        UUID,
    request_id      VARCHAR(128)
);

-- A record's history, newest first; the audit search by actor and by time.
CREATE INDEX audit_entry_history ON audit_entry (aggregate, aggregate_id, position DESC);
CREATE INDEX audit_entry_actor ON audit_entry (actor, position DESC);
CREATE INDEX audit_entry_at ON audit_entry (at);
