-- Exactly once through crashes (issue 10): a message whose SES call's outcome was lost (the server
-- died during it) and for which no SES event arrived is sent again once, and flagged.
ALTER TABLE outbound_message ADD COLUMN resent_after_unknown BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_message_status_updated ON outbound_message (status, updated_at);
