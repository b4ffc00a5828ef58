-- A revocation's reason is a code, which is published; the free text given with it is a note, which may name people
-- and stays here. Revocations recorded before the codes kept only free text: it becomes their note, for reason OTHER.
ALTER TABLE certificate RENAME COLUMN revocation_reason TO revocation_note;
ALTER TABLE certificate ADD COLUMN revocation_reason VARCHAR(20);
UPDATE certificate SET revocation_reason = 'OTHER' WHERE revoked_on IS NOT NULL;
