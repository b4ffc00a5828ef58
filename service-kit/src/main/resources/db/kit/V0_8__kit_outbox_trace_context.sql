-- The W3C trace context of the write that recorded the event; the relay publishes it as ce_traceparent so that
-- consumers continue the writer's trace. Null for rows written outside any trace.
ALTER TABLE outbox_event ADD COLUMN traceparent VARCHAR(128);
