-- The day of the centre's latest lifecycle transition (opening, renovation start or completion): no
-- later transition may be dated before it. Renovation completions were not kept before, so an
-- existing centre's latest known transition is its renovation start or its opening.
ALTER TABLE center ADD COLUMN last_transition_on DATE;
UPDATE center SET last_transition_on = GREATEST(opened_on, renovation_started_on);
