-- Issue 11, finding 12: a message's raw MIME is kept only as long as it may be needed (sending,
-- then a retention period); afterwards only its metadata stays and body_purged_at says when.
ALTER TABLE outbound_message ALTER COLUMN raw_mime ${drop_not_null};
ALTER TABLE outbound_message ADD COLUMN body_purged_at TIMESTAMP;
CREATE INDEX ix_outbound_message_retained ON outbound_message (updated_at, status);
