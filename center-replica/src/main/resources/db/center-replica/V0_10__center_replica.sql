-- What this service knows of the centres, learnt only from centers.events.
CREATE TABLE center_replica (
    center_id     UUID         PRIMARY KEY,
    code          VARCHAR(32),
    name          VARCHAR(200),
    region_code   VARCHAR(32),
    district_code VARCHAR(64),
    status        VARCHAR(20)  NOT NULL,
    last_sequence BIGINT       NOT NULL
);
