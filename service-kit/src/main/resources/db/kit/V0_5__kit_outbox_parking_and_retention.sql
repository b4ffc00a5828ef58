-- A row the relay can never publish as it is (too large, not serialisable, invalid topic) is parked with the
-- reason instead of blocking the relay; it stays until an operator acts.
ALTER TABLE outbox_event ADD COLUMN parked_at TIMESTAMPTZ, ADD COLUMN park_reason TEXT;

-- The relay reads only what is neither published nor parked, in commit order.
DROP INDEX outbox_event_unpublished;
CREATE INDEX outbox_event_pending ON outbox_event (position) WHERE published_at IS NULL AND parked_at IS NULL;
CREATE INDEX outbox_event_parked ON outbox_event (position) WHERE parked_at IS NOT NULL;

-- Retention prunes by age.
CREATE INDEX outbox_event_published_at ON outbox_event (published_at) WHERE published_at IS NOT NULL;
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
