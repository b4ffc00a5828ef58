CREATE TABLE center (
    id                    UUID          PRIMARY KEY,
    code                  VARCHAR(32)   NOT NULL UNIQUE,
    name                  VARCHAR(200)  NOT NULL,
    region_code           VARCHAR(32)   NOT NULL,
    district_code         VARCHAR(64)   NOT NULL,
    settlement            VARCHAR(200),
    address               VARCHAR(500),
    latitude              NUMERIC(9, 6),
    longitude             NUMERIC(9, 6),
    construction_type     VARCHAR(20)   NOT NULL,
    funding_partners      VARCHAR(32)[] NOT NULL DEFAULT '{}',
    workplaces            INTEGER       NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    opened_on             DATE,
    renovation_started_on DATE,
    closed_on             DATE,
    closure_reason        VARCHAR(500),
    registered_at         TIMESTAMPTZ   NOT NULL,
    version               BIGINT        NOT NULL
);

CREATE INDEX center_region_status ON center (region_code, status);
CREATE INDEX center_district_status ON center (district_code, status);
CREATE INDEX center_status ON center (status);
