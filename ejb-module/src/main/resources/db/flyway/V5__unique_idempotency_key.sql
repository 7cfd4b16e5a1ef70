-- Two concurrent requests with the same Idempotency-Key both passed the "already sent?" lookup
-- and both inserted a message: only a unique constraint makes the key exact. NULL keys (requests
-- without one) stay allowed many times on Derby and PostgreSQL alike.
DROP INDEX ix_message_idempotency;
ALTER TABLE outbound_message ADD CONSTRAINT uq_message_idempotency UNIQUE (tenant_id, idempotency_key);
