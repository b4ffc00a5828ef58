-- P3's reference: one row per statement (autocommit), as many as the database takes
INSERT INTO bench_event (event_id, payload) VALUES (gen_random_uuid(), 'a projected event of about a hundred bytes, as a read-model row holds it');
