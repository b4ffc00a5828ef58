-- The lower-cased search form of a name can be longer than the name itself ('İ' lower-cases to two
-- characters), so it cannot share full_name's length limit.
ALTER TABLE trainee ALTER COLUMN search_name TYPE TEXT;
