-- The current figures of every place, kept as events apply (see PlaceFigures): the overview and the region and
-- district reports read these few hundred rows instead of aggregating the read model on every request.
-- A place's region or district may be unknown (null), as the events left it.
CREATE TABLE rm_template.place_figure (
    region_code   TEXT,
    district_code TEXT,
    indicator     TEXT   NOT NULL,
    value         BIGINT NOT NULL
);
CREATE UNIQUE INDEX place_figure_cell ON rm_template.place_figure (region_code, district_code, indicator) NULLS NOT DISTINCT;
-- A group's figures are recounted from its meetings and issues whenever an event of the group applies.
CREATE INDEX meeting_group ON rm_template.meeting (group_id);
CREATE INDEX issue_group ON rm_template.issue (group_id);

-- Generations filled before the counters existed are refilled from the beginning of the topics, as on first start:
-- the active one is emptied and replayed when the service starts; a rebuild in progress is abandoned.
UPDATE read_model_generation SET state = 'FAILED', failure = 'abandoned when the read model gained its figures per place',
                                 replay_owner = NULL
WHERE state = 'BUILDING';

DO $$
DECLARE
    active  INTEGER;
    old_table RECORD;
BEGIN
    SELECT number INTO active FROM read_model_generation WHERE state = 'ACTIVE';
    IF active IS NULL THEN
        RETURN;
    END IF;
    FOR old_table IN SELECT tablename FROM pg_tables WHERE schemaname = 'rm_g' || active LOOP
        EXECUTE format('TRUNCATE %I.%I', 'rm_g' || active, old_table.tablename);
    END LOOP;
    EXECUTE format('CREATE TABLE %I.place_figure (LIKE rm_template.place_figure INCLUDING ALL)', 'rm_g' || active);
    EXECUTE format('CREATE INDEX meeting_group ON %I.meeting (group_id)', 'rm_g' || active);
    EXECUTE format('CREATE INDEX issue_group ON %I.issue (group_id)', 'rm_g' || active);
    UPDATE read_model_generation SET replayed_at = NULL, replay_owner = NULL, replay_heartbeat = NULL,
                                     events_replayed = 0
    WHERE number = active;
END $$;
