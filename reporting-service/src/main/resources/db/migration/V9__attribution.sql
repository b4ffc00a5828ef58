-- Attribution (SPEC §7): whose each record is. A centre belongs to its funding partners (those of its latest details,
-- and those of each renovation, which centers-service adds to them), a group and its members, meetings and issues to
-- its facilitating partner, a session and its certificates to their partner (already kept). The template gains the
-- columns; the live generation is refilled from the beginning of the topics below, as on first start.
ALTER TABLE rm_template.center ADD COLUMN funding_partners TEXT[];
ALTER TABLE rm_template.center_change ADD COLUMN funding_partners TEXT[];
ALTER TABLE rm_template.group_info ADD COLUMN facilitating_partner TEXT;
CREATE INDEX center_partners ON rm_template.center USING gin (funding_partners);
CREATE INDEX group_partner ON rm_template.group_info (facilitating_partner);
CREATE INDEX training_session_partner ON rm_template.training_session (partner_code);

UPDATE read_model_generation SET state = 'FAILED', failure = 'abandoned when the read model gained its attribution to partners',
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
