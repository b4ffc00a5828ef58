-- The follow-up of safety issues (SPEC §5): actions agreed and completed, reopening, status IN_PROGRESS, and the
-- issue report of SPEC §7. The template gains the tables; the live generations are refilled from the topics below.

-- An issue's status (OPEN, IN_PROGRESS, RESOLVED, REFERRED) and the date of its resolution follow its status change
-- with the highest ce_sequence; reopenings counts its SafetyIssueReopened events.
ALTER TABLE rm_template.issue RENAME COLUMN resolution_sequence TO status_sequence;
ALTER TABLE rm_template.issue ADD COLUMN reopenings INTEGER NOT NULL DEFAULT 0;

-- Every status change of an issue, dated, so that its status on any day is the latest change (by ce_sequence) made
-- by then: RAISED and REOPENED make it OPEN, ACTION_AGREED makes it IN_PROGRESS, RESOLVED and REFERRED close it.
CREATE TABLE rm_template.issue_change (
    issue_id     UUID   NOT NULL,
    sequence     BIGINT NOT NULL,
    change       TEXT   NOT NULL CHECK (change IN ('RAISED', 'ACTION_AGREED', 'RESOLVED', 'REFERRED', 'REOPENED')),
    status       TEXT   NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'REFERRED')),
    effective_on DATE   NOT NULL,
    PRIMARY KEY (issue_id, sequence)
);

-- Actions agreed on issues; agreement and completion fill their own columns, so their order of arrival does not matter.
CREATE TABLE rm_template.issue_action (
    action_id    UUID PRIMARY KEY,
    issue_id     UUID NOT NULL,
    group_id     UUID NOT NULL,
    agreed_on    DATE,
    due_on       DATE,
    completed_on DATE
);
CREATE INDEX issue_action_group ON rm_template.issue_action (group_id);
CREATE INDEX issue_action_open ON rm_template.issue_action (issue_id, due_on) WHERE completed_on IS NULL;

-- Open actions (not completed, of an issue OPEN or IN_PROGRESS) per place and due date, kept as events apply (see
-- PlaceFigures): the overdue actions of a day are those due before it, read from these rows whatever the day.
CREATE TABLE rm_template.open_action_due (
    region_code   TEXT,
    district_code TEXT,
    due_on        DATE   NOT NULL,
    value         BIGINT NOT NULL
);
CREATE UNIQUE INDEX open_action_due_cell ON rm_template.open_action_due (region_code, district_code, due_on)
    NULLS NOT DISTINCT;

-- The month of a row is named alike in every read model that the grouped reports read (Dimension.MONTH).
ALTER TABLE rm_template.certification_daily RENAME COLUMN certified_month TO month;

-- Follow-up events may already be on the topics (read before this version as changing nothing), so the live
-- generation is refilled from the beginning of the topics as on first start; a rebuild in progress is abandoned.
UPDATE read_model_generation SET state = 'FAILED', failure = 'abandoned when the read model gained the follow-up of issues',
                                 replay_owner = NULL
WHERE state = 'BUILDING';

DO $$
DECLARE
    active INTEGER;
BEGIN
    SELECT number INTO active FROM read_model_generation WHERE state = 'ACTIVE';
    IF active IS NULL THEN
        RETURN;
    END IF;
    EXECUTE format('DROP SCHEMA %I CASCADE', 'rm_g' || active);
    PERFORM create_read_model_generation(active);
    UPDATE read_model_generation SET replayed_at = NULL, replay_owner = NULL, replay_heartbeat = NULL,
                                     events_replayed = 0
    WHERE number = active;
END $$;
