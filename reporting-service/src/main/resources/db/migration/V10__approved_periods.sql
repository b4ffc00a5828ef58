-- Approved periods (SPEC §7): an admin approves a period, freezing its figures; the drift report compares them with
-- the current ones and lists the events that came after the approval for records dated up to the period's end.
CREATE TABLE approved_period (
    period      TEXT        PRIMARY KEY,
    version     BIGINT      NOT NULL,
    from_day    DATE        NOT NULL,
    to_day      DATE        NOT NULL,
    approved_at TIMESTAMPTZ NOT NULL,
    -- every non-zero figure of the period as approved, by name ("district KHATLON.PANJ training.certified")
    figures     JSONB       NOT NULL
);

-- Each generation remembers, of every event it applied, what it was, when it was published and the date of the record
-- it is about, so that the drift report can name the events published after an approval. Published times come from
-- the events themselves, so a rebuilt generation knows the same. Events applied before this version have none, and
-- none of them can come after an approval.
ALTER TABLE rm_template.applied_event ADD COLUMN event_type TEXT, ADD COLUMN subject_id UUID,
                                      ADD COLUMN published_at TIMESTAMPTZ, ADD COLUMN dated_on DATE;
CREATE INDEX applied_event_published ON rm_template.applied_event (published_at);

DO $$
DECLARE
    generation RECORD;
BEGIN
    FOR generation IN SELECT schemaname FROM pg_tables
                      WHERE tablename = 'applied_event' AND schemaname LIKE 'rm\_g%' LOOP
        EXECUTE format('ALTER TABLE %I.applied_event ADD COLUMN event_type TEXT, ADD COLUMN subject_id UUID,'
                       ' ADD COLUMN published_at TIMESTAMPTZ, ADD COLUMN dated_on DATE', generation.schemaname);
        EXECUTE format('CREATE INDEX applied_event_published ON %I.applied_event (published_at)',
                       generation.schemaname);
    END LOOP;
END $$;
