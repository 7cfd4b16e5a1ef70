-- Feedback window (issue 15): each scope's recipients awaiting feedback are counted by scope,
-- status and time, a bounded index range per refresh instead of a scan.
CREATE INDEX ix_message_mailbox_status ON outbound_message (mailbox_id, status, updated_at);
CREATE INDEX ix_message_domain_status ON outbound_message (domain_id, status, updated_at);
CREATE INDEX ix_message_tenant_status ON outbound_message (tenant_id, status, updated_at);
