-- The follow-up of safety issues (SPEC §5): actions agreed with who carries them out and by when, follow-ups, and
-- reopenings. Descriptions, notes and reasons may name people; they stay here and never enter events.

-- Each change to a group moves one of its figures, so that its version (ETag, ce_sequence) increases.
ALTER TABLE interaction_group
    ADD COLUMN open_actions    INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN follow_ups_held INTEGER NOT NULL DEFAULT 0;

CREATE TABLE safety_issue_action (
    id              UUID          PRIMARY KEY,
    issue_id        UUID          NOT NULL REFERENCES safety_issue (id),
    description     VARCHAR(2000) NOT NULL,
    responsible     VARCHAR(20)   NOT NULL,
    agreed_on       DATE          NOT NULL,
    due_on          DATE          NOT NULL CHECK (due_on >= agreed_on),
    completed_on    DATE          CHECK (completed_on >= agreed_on),
    completion_note VARCHAR(2000),
    recorded_at     TIMESTAMPTZ   NOT NULL
);

CREATE INDEX safety_issue_action_issue ON safety_issue_action (issue_id, agreed_on);
-- the issue board's overdue filter looks only at actions not completed
CREATE INDEX safety_issue_action_pending ON safety_issue_action (issue_id, due_on) WHERE completed_on IS NULL;

CREATE TABLE safety_issue_follow_up (
    id          UUID          PRIMARY KEY,
    issue_id    UUID          NOT NULL REFERENCES safety_issue (id),
    held_on     DATE          NOT NULL,
    note        VARCHAR(2000) NOT NULL,
    recorded_at TIMESTAMPTZ   NOT NULL
);

CREATE INDEX safety_issue_follow_up_issue ON safety_issue_follow_up (issue_id, held_on);

-- A reopening keeps the resolution it undid, so that an issue's history shows every time it was closed.
CREATE TABLE safety_issue_reopening (
    id                   UUID          PRIMARY KEY,
    issue_id             UUID          NOT NULL REFERENCES safety_issue (id),
    reopened_on          DATE          NOT NULL,
    reason               VARCHAR(2000) NOT NULL,
    previous_status      VARCHAR(20)   NOT NULL,
    previous_resolved_on DATE          NOT NULL,
    previous_outcome     VARCHAR(2000) NOT NULL,
    recorded_at          TIMESTAMPTZ   NOT NULL
);

CREATE INDEX safety_issue_reopening_issue ON safety_issue_reopening (issue_id, reopened_on);

-- the programme's issue board filters by status and category across groups
CREATE INDEX safety_issue_status_category ON safety_issue (status, category);
