CREATE TABLE course (
    code          VARCHAR(32)   PRIMARY KEY,
    title         VARCHAR(200)  NOT NULL,
    topics        VARCHAR(40)[] NOT NULL,
    hours         INTEGER       NOT NULL CHECK (hours > 0),
    pass_mark     INTEGER       NOT NULL CHECK (pass_mark BETWEEN 0 AND 100),
    created_at    TIMESTAMPTZ   NOT NULL,
    version       BIGINT        NOT NULL
);

CREATE TABLE training_session (
    id            UUID          PRIMARY KEY,
    course_code   VARCHAR(32)   NOT NULL REFERENCES course (code),
    starts_on     DATE          NOT NULL,
    ends_on       DATE          NOT NULL CHECK (ends_on >= starts_on),
    center_id     UUID,
    region_code   VARCHAR(32)   NOT NULL,
    district_code VARCHAR(64)   NOT NULL,
    venue         VARCHAR(300),
    partner_code  VARCHAR(32),
    trainers      VARCHAR(200)[] NOT NULL,
    capacity      INTEGER       NOT NULL CHECK (capacity >= 1),
    enrolled      INTEGER       NOT NULL CHECK (enrolled BETWEEN 0 AND capacity),
    status        VARCHAR(20)   NOT NULL,
    completed_on  DATE,
    passed        INTEGER,
    scheduled_at  TIMESTAMPTZ   NOT NULL,
    version       BIGINT        NOT NULL
);

CREATE INDEX training_session_course ON training_session (course_code, starts_on);
CREATE INDEX training_session_district ON training_session (district_code, starts_on);
CREATE INDEX training_session_region ON training_session (region_code, starts_on);
CREATE INDEX training_session_starts_on ON training_session (starts_on);

-- Personal data (full_name, phone, birth_year) stays in this table: events carry only the id.
CREATE TABLE trainee (
    id            UUID          PRIMARY KEY,
    full_name     VARCHAR(200)  NOT NULL,
    -- lower-cased in Java so that Cyrillic and Tajik names match whatever the database's locale
    search_name   VARCHAR(200)  NOT NULL,
    sex           VARCHAR(10)   NOT NULL,
    birth_year    INTEGER       NOT NULL,
    category      VARCHAR(20)   NOT NULL,
    region_code   VARCHAR(32)   NOT NULL,
    district_code VARCHAR(64)   NOT NULL,
    phone         VARCHAR(30),
    registered_at TIMESTAMPTZ   NOT NULL,
    version       BIGINT        NOT NULL
);

CREATE INDEX trainee_search_name ON trainee (search_name);
CREATE INDEX trainee_district ON trainee (district_code);

CREATE TABLE enrollment (
    id                 UUID         PRIMARY KEY,
    session_id         UUID         NOT NULL REFERENCES training_session (id),
    trainee_id         UUID         NOT NULL REFERENCES trainee (id),
    enrolled_at        TIMESTAMPTZ  NOT NULL,
    attended_hours     NUMERIC(6, 2),
    score              NUMERIC(5, 2),
    passed             BOOLEAN,
    certificate_number VARCHAR(16),
    UNIQUE (session_id, trainee_id)
);

CREATE INDEX enrollment_trainee ON enrollment (trainee_id);

CREATE TABLE certificate (
    id                UUID          PRIMARY KEY,
    number            VARCHAR(16)   NOT NULL UNIQUE,
    trainee_id        UUID          NOT NULL REFERENCES trainee (id),
    session_id        UUID          NOT NULL REFERENCES training_session (id),
    course_code       VARCHAR(32)   NOT NULL REFERENCES course (code),
    issued_on         DATE          NOT NULL,
    revoked_on        DATE,
    revocation_reason VARCHAR(1000),
    version           BIGINT        NOT NULL
);

-- One trainee holds at most one valid certificate per course; a revoked one may be earned again.
CREATE UNIQUE INDEX certificate_one_valid_per_trainee_and_course
    ON certificate (trainee_id, course_code) WHERE revoked_on IS NULL;
