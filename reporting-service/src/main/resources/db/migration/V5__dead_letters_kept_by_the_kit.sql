-- Dead letters are now kept by service-kit (dead_letter_record, with the record's headers for re-drive). The rows
-- kept so far move there: their headers were not kept, so they are listed but cannot be re-driven. The dead-letter
-- topic is this service's reporting.dead-letter (hamkori.dead-letter-topic).
INSERT INTO dead_letter_record (dlq_topic, dlq_partition, dlq_offset, topic, kafka_partition, kafka_offset, record_key,
        event_id, event_type, reason, cause, exception, payload, dead_lettered_at)
SELECT 'reporting.dead-letter', dlq_partition, dlq_offset, topic, kafka_partition, kafka_offset, record_key, event_id,
       event_type, reason, cause, exception, convert_to(payload, 'UTF8'), dead_lettered_at
FROM dead_letter
ON CONFLICT (dlq_topic, dlq_partition, dlq_offset) DO NOTHING;
DROP TABLE dead_letter;
