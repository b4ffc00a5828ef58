-- Read model of centres, built only from centers.events; rebuildable by replaying the topic.
CREATE TABLE rm_center (
    center_id             UUID        PRIMARY KEY,
    region_code           VARCHAR(32),
    district_code         VARCHAR(64),
    construction_type     VARCHAR(20),
    status                VARCHAR(20) NOT NULL,
    renovations_completed INTEGER     NOT NULL DEFAULT 0,
    last_sequence         BIGINT      NOT NULL
);
CREATE INDEX rm_center_district ON rm_center (district_code);
CREATE INDEX rm_center_region ON rm_center (region_code);

-- How fresh the read model is, per topic.
CREATE TABLE rm_feed (
    topic          VARCHAR(200) PRIMARY KEY,
    last_event_at  TIMESTAMPTZ  NOT NULL,
    events_applied BIGINT       NOT NULL
);
