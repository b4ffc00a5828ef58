-- Programme targets per indicator and year, entered by admins (not derived from events, so not in a generation).
CREATE TABLE programme_target (
    indicator TEXT    NOT NULL,
    year      INTEGER NOT NULL,
    target    BIGINT  NOT NULL CHECK (target >= 0),
    PRIMARY KEY (indicator, year)
);

-- The targets are replaced as one document; its version is their ETag.
CREATE TABLE programme_target_set (
    id         INTEGER     PRIMARY KEY CHECK (id = 1),
    version    BIGINT      NOT NULL,
    updated_at TIMESTAMPTZ,
    updated_by TEXT
);
INSERT INTO programme_target_set (id, version) VALUES (1, 0);
