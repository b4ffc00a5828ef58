-- The targets move into their set's row as one JSON document ({"2021 centers.open": 54}), replaced as a whole, so that
-- the audit trail (service-kit, which records the fields a write changed) shows every target before and after each
-- change (SPEC §11). The audit entry records who changed them and when, so the set's own updated_at/updated_by go.
ALTER TABLE programme_target_set ADD COLUMN targets JSONB NOT NULL DEFAULT '{}';
UPDATE programme_target_set
SET targets = COALESCE((SELECT jsonb_object_agg(year || ' ' || indicator, target) FROM programme_target), '{}');
DROP TABLE programme_target;
ALTER TABLE programme_target_set DROP COLUMN updated_at, DROP COLUMN updated_by;
