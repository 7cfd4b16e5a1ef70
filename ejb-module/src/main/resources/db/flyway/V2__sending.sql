-- Sending: the outbox, its recipients and the daily send counters.
-- ${blob} is BLOB on Derby and BYTEA on PostgreSQL (set by SchemaMigrator).
ALTER TABLE mail_domain ADD COLUMN daily_limit INTEGER;

CREATE TABLE outbound_message (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(36)   NOT NULL REFERENCES tenant (id),
    mailbox_id      VARCHAR(36)   NOT NULL,
    domain_id       VARCHAR(36)   NOT NULL,
    from_address    VARCHAR(320)  NOT NULL,
    subject         VARCHAR(998),
    traffic_class   VARCHAR(16)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    status_detail   VARCHAR(1000),
    idempotency_key VARCHAR(200),
    ses_region      VARCHAR(32)   NOT NULL,
    ses_message_id  VARCHAR(120),
    attempts        INTEGER       NOT NULL,
    recipient_count INTEGER       NOT NULL,
    size_bytes      INTEGER       NOT NULL,
    raw_mime        ${blob}       NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    sent_at         TIMESTAMP,
    updated_at      TIMESTAMP     NOT NULL,
    version         BIGINT        NOT NULL
);
CREATE INDEX ix_message_tenant_created ON outbound_message (tenant_id, created_at);
CREATE INDEX ix_message_ses_id ON outbound_message (ses_message_id);
CREATE INDEX ix_message_status ON outbound_message (status);
-- Idempotency-Key replays find the first message; uniqueness is checked by the service because
-- Derby cannot index a nullable column uniquely while allowing many NULLs.
CREATE INDEX ix_message_idempotency ON outbound_message (tenant_id, idempotency_key);

CREATE TABLE message_recipient (
    id         VARCHAR(36)   NOT NULL PRIMARY KEY,
    message_id VARCHAR(36)   NOT NULL REFERENCES outbound_message (id),
    address    VARCHAR(320)  NOT NULL,
    kind       VARCHAR(8)    NOT NULL,
    outcome    VARCHAR(16)   NOT NULL,
    detail     VARCHAR(1000),
    updated_at TIMESTAMP
);
CREATE INDEX ix_recipient_message ON message_recipient (message_id);
CREATE INDEX ix_recipient_address ON message_recipient (address);

-- One row per limited scope and UTC day; reservations are a conditional UPDATE on it, which
-- makes concurrent reservations exact (the row lock serialises them).
CREATE TABLE send_counter (
    scope_key VARCHAR(120) NOT NULL,
    day       VARCHAR(10)  NOT NULL,
    used      INTEGER      NOT NULL,
    PRIMARY KEY (scope_key, day)
);
