-- When the centre opened, so that nothing is dated before it (e.g. a group formed at it).
ALTER TABLE center_replica ADD COLUMN opened_on DATE;
