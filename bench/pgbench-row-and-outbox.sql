-- P1's reference: what POST /centers writes at least, one centre row and one outbox row in one transaction
BEGIN;
INSERT INTO bench_center (id, code, name, region_code, district_code, construction_type, workplaces, status,
                          registered_at, version)
VALUES (gen_random_uuid(), 'PG-' || nextval('bench_code'), 'Bench centre', 'DUSHANBE', 'DUSHANBE.SINO', 'NEW_BUILD',
        5, 'PLANNED', now(), 0);
INSERT INTO bench_outbox_event (id, event_type, topic, source, subject, sequence, occurred_at, payload)
VALUES (gen_random_uuid(), 'org.hamkori.centers.CenterRegistered.v1', 'centers.events', '/hamkori/centers-service',
        gen_random_uuid(), 1, now(),
        '{"centerId":"6f1c2a4e-8d1b-4b7a-9c55-1f0d3c2b7e11","code":"PG-1","name":"Bench centre","regionCode":"DUSHANBE","districtCode":"DUSHANBE.SINO","settlement":null,"latitude":null,"longitude":null,"constructionType":"NEW_BUILD","fundingPartners":[],"workplaces":5}');
COMMIT;
