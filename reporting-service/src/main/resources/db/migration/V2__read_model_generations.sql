-- Read models live in generations: schema rm_g<N> holds one complete set of read-model tables, copied from the
-- template schema rm_template. A rebuild fills a fresh generation from the beginning of the topics while reports
-- keep reading the active one, then switches over. The first slice's tables in public are replaced by generation 1,
-- which the service fills by replaying the topics when it starts (see ReadModelMaintenance).
DROP TABLE rm_center;
DROP TABLE rm_feed;

CREATE SCHEMA rm_template;

-- Idempotency per generation: a rebuild and the live consumer may both deliver an event to the same generation.
CREATE TABLE rm_template.applied_event (
    event_id UUID PRIMARY KEY
);

-- How fresh the generation is, per topic.
CREATE TABLE rm_template.feed (
    topic          TEXT        PRIMARY KEY,
    last_event_at  TIMESTAMPTZ NOT NULL,
    events_applied BIGINT      NOT NULL
);

-- Centres: descriptive fields follow the event with the highest ce_sequence; status is the latest change.
CREATE TABLE rm_template.center (
    center_id         UUID   PRIMARY KEY,
    region_code       TEXT,
    district_code     TEXT,
    construction_type TEXT,
    registered_on     DATE,
    details_sequence  BIGINT NOT NULL
);

-- Every status change of a centre, dated, so that the status on any day is the latest change (by ce_sequence) made by then.
CREATE TABLE rm_template.center_change (
    center_id    UUID   NOT NULL,
    sequence     BIGINT NOT NULL,
    change       TEXT   NOT NULL CHECK (change IN ('OPENED', 'RENOVATION_STARTED', 'RENOVATED', 'CLOSED')),
    status       TEXT   NOT NULL CHECK (status IN ('OPEN', 'UNDER_RENOVATION', 'CLOSED')),
    effective_on DATE   NOT NULL,
    PRIMARY KEY (center_id, sequence)
);

-- Groups, their members, meetings and safety issues; the place of members, meetings and issues is their group's.
-- Joining, leaving, forming and dissolving are dated facts that only accumulate, so their order of arrival does not matter.
CREATE TABLE rm_template.group_info (
    group_id      UUID PRIMARY KEY,
    center_id     UUID,
    region_code   TEXT,
    district_code TEXT,
    formed_on     DATE,
    dissolved_on  DATE
);

CREATE TABLE rm_template.member (
    member_id UUID PRIMARY KEY,
    group_id  UUID NOT NULL,
    role      TEXT,
    sex       TEXT,
    joined_on DATE,
    left_on   DATE
);
CREATE INDEX member_group ON rm_template.member (group_id);

CREATE TABLE rm_template.meeting (
    meeting_id UUID    PRIMARY KEY,
    group_id   UUID    NOT NULL,
    held_on    DATE    NOT NULL,
    female     INTEGER NOT NULL,
    male       INTEGER NOT NULL,
    police     INTEGER NOT NULL,
    community  INTEGER NOT NULL
);
CREATE INDEX meeting_held_on ON rm_template.meeting (held_on);

-- An issue's status follows the resolution with the highest ce_sequence.
CREATE TABLE rm_template.issue (
    issue_id            UUID PRIMARY KEY,
    group_id            UUID NOT NULL,
    category            TEXT,
    raised_on           DATE,
    status              TEXT NOT NULL DEFAULT 'OPEN',
    resolved_on         DATE,
    resolution_sequence BIGINT
);

CREATE TABLE rm_template.training_session (
    session_id    UUID PRIMARY KEY,
    course_code   TEXT,
    region_code   TEXT,
    district_code TEXT,
    partner_code  TEXT,
    completed_on  DATE
);
CREATE INDEX training_session_completed_on ON rm_template.training_session (completed_on);

-- One row per certificate; counted while it is known (TraineeCertified applied) and not revoked.
-- The counts below change exactly when "counted" does.
CREATE TABLE rm_template.certification (
    certificate_id     UUID    PRIMARY KEY,
    certificate_number TEXT,
    trainee_id         UUID,
    session_id         UUID,
    course_code        TEXT,
    category           TEXT,
    sex                TEXT,
    age_band           TEXT,
    region_code        TEXT,
    district_code      TEXT,
    partner_code       TEXT,
    certified_on       DATE,
    revoked_on         DATE,
    counted            BOOLEAN NOT NULL DEFAULT false
);

-- Valid certificates per day and every dimension of /reports/certifications: the reports aggregate these cells,
-- never the certificates. The unique index leads with the day for from/to ranges; the month is stored for grouping.
CREATE TABLE rm_template.certification_daily (
    certified_on    DATE    NOT NULL,
    region_code     TEXT    NOT NULL,
    district_code   TEXT    NOT NULL,
    category        TEXT    NOT NULL,
    sex             TEXT    NOT NULL,
    age_band        TEXT    NOT NULL,
    partner_code    TEXT,
    course_code     TEXT    NOT NULL,
    certified       INTEGER NOT NULL,
    certified_month DATE    NOT NULL GENERATED ALWAYS AS (certified_on - (EXTRACT(DAY FROM certified_on)::integer - 1)) STORED
);
CREATE UNIQUE INDEX certification_daily_cell ON rm_template.certification_daily
    (certified_on, region_code, district_code, category, sex, age_band, partner_code, course_code) NULLS NOT DISTINCT;

-- Valid certificates per place, category and sex: the current training figures of every report, a few hundred rows.
CREATE TABLE rm_template.certification_place (
    region_code   TEXT    NOT NULL,
    district_code TEXT    NOT NULL,
    category      TEXT    NOT NULL,
    sex           TEXT    NOT NULL,
    certified     INTEGER NOT NULL,
    PRIMARY KEY (region_code, district_code, category, sex)
);

-- The same per month of certification: the training figures of a year (targets, DHIS2), whose windows are whole months.
CREATE TABLE rm_template.certification_place_monthly (
    certified_month DATE    NOT NULL,
    region_code     TEXT    NOT NULL,
    district_code   TEXT    NOT NULL,
    category        TEXT    NOT NULL,
    sex             TEXT    NOT NULL,
    certified       INTEGER NOT NULL,
    PRIMARY KEY (certified_month, region_code, district_code, category, sex)
);

-- Creates generation N as a copy of the template (columns, constraints, indexes); the one definition of its tables.
CREATE FUNCTION create_read_model_generation(generation INTEGER) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    template_table RECORD;
BEGIN
    EXECUTE format('CREATE SCHEMA %I', 'rm_g' || generation);
    FOR template_table IN SELECT tablename FROM pg_tables WHERE schemaname = 'rm_template' LOOP
        EXECUTE format('CREATE TABLE %I.%I (LIKE rm_template.%I INCLUDING ALL)',
                       'rm_g' || generation, template_table.tablename, template_table.tablename);
    END LOOP;
END $$;

-- The generations: one ACTIVE (read by reports), at most one BUILDING (being filled by a rebuild); both are written
-- by the live consumer. replayed_at stays null until a replay from the beginning of the topics has filled it.
CREATE TABLE read_model_generation (
    number           INTEGER     PRIMARY KEY,
    state            TEXT        NOT NULL CHECK (state IN ('BUILDING', 'ACTIVE', 'RETIRED', 'FAILED')),
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    replayed_at      TIMESTAMPTZ,
    activated_at     TIMESTAMPTZ,
    retired_at       TIMESTAMPTZ,
    dropped_at       TIMESTAMPTZ,
    replay_owner     TEXT,
    replay_heartbeat TIMESTAMPTZ,
    events_replayed  BIGINT      NOT NULL DEFAULT 0,
    comparison       TEXT,
    failure          TEXT
);
CREATE UNIQUE INDEX read_model_generation_one_active ON read_model_generation (state) WHERE state = 'ACTIVE';
CREATE UNIQUE INDEX read_model_generation_one_building ON read_model_generation (state) WHERE state = 'BUILDING';

SELECT create_read_model_generation(1);
INSERT INTO read_model_generation (number, state, activated_at) VALUES (1, 'ACTIVE', now());
