-- Feedback, suppression, reputation counters and enforcement (issue 4).

-- Every SES event we accepted, once. SNS retries keep their MessageId; the same SES event reaching us
-- through two topics (or as eventType and notificationType) shares the SES idempotency key.
CREATE TABLE delivery_event (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    sns_message_id   VARCHAR(100)  NOT NULL,
    idempotency_key  VARCHAR(64)   NOT NULL,
    event_type       VARCHAR(32)   NOT NULL,
    ses_message_id   VARCHAR(120)  NOT NULL,
    message_id       VARCHAR(36),
    tenant_id        VARCHAR(36),
    mailbox_id       VARCHAR(36),
    domain_id        VARCHAR(36),
    recipient_count  INTEGER       NOT NULL,
    occurred_at      TIMESTAMP     NOT NULL,
    received_at      TIMESTAMP     NOT NULL,
    detail           VARCHAR(1000),
    CONSTRAINT uq_delivery_event_sns UNIQUE (sns_message_id),
    CONSTRAINT uq_delivery_event_key UNIQUE (idempotency_key)
);
CREATE INDEX ix_delivery_event_tenant ON delivery_event (tenant_id, occurred_at);
CREATE INDEX ix_delivery_event_ses_id ON delivery_event (ses_message_id);

-- A recipient counted as "sent" once, whichever of Send, Delivery or Bounce arrives first.
CREATE TABLE sent_recipient (
    ses_message_id VARCHAR(120) NOT NULL,
    address        VARCHAR(320) NOT NULL,
    PRIMARY KEY (ses_message_id, address)
);

-- Addresses a tenant must not mail again. One row per tenant and address (normalised, lower case).
CREATE TABLE suppression (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(36)   NOT NULL REFERENCES tenant (id),
    address         VARCHAR(320)  NOT NULL,
    reason          VARCHAR(16)   NOT NULL,
    detail          VARCHAR(1000),
    source_event_id VARCHAR(36),
    created_at      TIMESTAMP     NOT NULL,
    CONSTRAINT uq_suppression_tenant_address UNIQUE (tenant_id, address)
);

-- Hourly counters per scope ("mailbox:<id>", "domain:<id>", "tenant:<id>", "account").
-- Updated with a conditional UPDATE, then INSERT when the hour has no row yet.
CREATE TABLE reputation_bucket (
    scope_key    VARCHAR(80)  NOT NULL,
    hour_start   TIMESTAMP    NOT NULL,
    tenant_id    VARCHAR(36),
    sent         BIGINT       NOT NULL,
    delivered    BIGINT       NOT NULL,
    hard_bounces BIGINT       NOT NULL,
    complaints   BIGINT       NOT NULL,
    PRIMARY KEY (scope_key, hour_start)
);
CREATE INDEX ix_reputation_bucket_tenant ON reputation_bucket (tenant_id, hour_start);

-- Current enforcement state per scope; counted_since is where its rates start after a reinstatement.
CREATE TABLE enforcement_state (
    scope_key     VARCHAR(80)   NOT NULL PRIMARY KEY,
    scope_type    VARCHAR(16)   NOT NULL,
    scope_id      VARCHAR(36),
    tenant_id     VARCHAR(36),
    state         VARCHAR(16)   NOT NULL,
    reason        VARCHAR(1000),
    changed_at    TIMESTAMP     NOT NULL,
    counted_since TIMESTAMP,
    version       BIGINT        NOT NULL
);
CREATE INDEX ix_enforcement_state_tenant ON enforcement_state (tenant_id);

CREATE TABLE enforcement_change (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    scope_key   VARCHAR(80)   NOT NULL,
    tenant_id   VARCHAR(36),
    from_state  VARCHAR(16)   NOT NULL,
    to_state    VARCHAR(16)   NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    actor       VARCHAR(120)  NOT NULL,
    changed_at  TIMESTAMP     NOT NULL
);
CREATE INDEX ix_enforcement_change_scope ON enforcement_change (scope_key, changed_at);
