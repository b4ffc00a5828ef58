-- A closure's reason is a code, which is published; the free text given with it is a note, which may name people
-- and stays here. Closures recorded before the codes kept only free text: it becomes their note, for reason OTHER.
ALTER TABLE center RENAME COLUMN closure_reason TO closure_note;
ALTER TABLE center ADD COLUMN closure_reason VARCHAR(20);
UPDATE center SET closure_reason = 'OTHER' WHERE closed_on IS NOT NULL;
