-- A police–public interaction group; its version is the ETag and the ce_sequence of its events.
CREATE TABLE interaction_group (
    id                   UUID         PRIMARY KEY,
    name                 VARCHAR(200) NOT NULL,
    center_id            UUID         NOT NULL,
    region_code          VARCHAR(32)  NOT NULL,
    district_code        VARCHAR(64)  NOT NULL,
    formed_on            DATE         NOT NULL,
    facilitating_partner VARCHAR(32),
    status               VARCHAR(20)  NOT NULL,
    dissolved_on         DATE,
    current_members      INTEGER      NOT NULL,
    meetings_held        INTEGER      NOT NULL,
    open_issues          INTEGER      NOT NULL,
    last_activity_on     DATE         NOT NULL,
    formed_at            TIMESTAMPTZ  NOT NULL,
    version              BIGINT       NOT NULL
);

CREATE INDEX interaction_group_center ON interaction_group (center_id);
CREATE INDEX interaction_group_region_status ON interaction_group (region_code, status);
CREATE INDEX interaction_group_district_status ON interaction_group (district_code, status);
CREATE INDEX interaction_group_status ON interaction_group (status);

-- Members hold personal data (name, phone, rank, affiliation); events carry only id, role and sex.
CREATE TABLE group_member (
    id          UUID         PRIMARY KEY,
    group_id    UUID         NOT NULL REFERENCES interaction_group (id),
    full_name   VARCHAR(200) NOT NULL,
    sex         VARCHAR(10)  NOT NULL,
    role        VARCHAR(30)  NOT NULL,
    rank        VARCHAR(100),
    affiliation VARCHAR(200),
    phone       VARCHAR(32),
    joined_on   DATE         NOT NULL,
    left_on     DATE
);

CREATE INDEX group_member_group ON group_member (group_id, joined_on);

CREATE TABLE group_meeting (
    id          UUID        PRIMARY KEY,
    group_id    UUID        NOT NULL REFERENCES interaction_group (id),
    held_on     DATE        NOT NULL,
    female      INTEGER     NOT NULL CHECK (female >= 0),
    male        INTEGER     NOT NULL CHECK (male >= 0),
    police      INTEGER     NOT NULL CHECK (police >= 0),
    community   INTEGER     NOT NULL CHECK (community >= 0),
    recorded_at TIMESTAMPTZ NOT NULL,
    CHECK (female + male = police + community)
);

CREATE INDEX group_meeting_group ON group_meeting (group_id, held_on);

CREATE TABLE safety_issue (
    id          UUID          PRIMARY KEY,
    group_id    UUID          NOT NULL REFERENCES interaction_group (id),
    meeting_id  UUID          NOT NULL REFERENCES group_meeting (id),
    position    INTEGER       NOT NULL,
    category    VARCHAR(40)   NOT NULL,
    description VARCHAR(2000) NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    resolved_on DATE,
    outcome     VARCHAR(2000)
);

CREATE INDEX safety_issue_meeting ON safety_issue (meeting_id, position);
CREATE INDEX safety_issue_group ON safety_issue (group_id, status);
