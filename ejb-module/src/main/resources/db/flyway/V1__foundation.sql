-- Foundation schema. Portable DDL: runs unchanged on Derby and PostgreSQL.
CREATE TABLE tenant (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    slug                VARCHAR(40)  NOT NULL,
    display_name        VARCHAR(120) NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    status_reason       VARCHAR(500),
    ses_region          VARCHAR(32)  NOT NULL,
    daily_limit         INTEGER      NOT NULL,
    brand_product_name  VARCHAR(80),
    brand_logo_url      VARCHAR(500),
    brand_primary_color VARCHAR(7),
    created_at          TIMESTAMP    NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT uq_tenant_slug UNIQUE (slug)
);

CREATE TABLE mail_domain (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    name             VARCHAR(253) NOT NULL,
    mail_from_domain VARCHAR(253) NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    status_detail    VARCHAR(500),
    dkim_tokens      VARCHAR(400),
    created_at       TIMESTAMP    NOT NULL,
    verified_at      TIMESTAMP,
    version          BIGINT       NOT NULL,
    CONSTRAINT uq_mail_domain_name UNIQUE (name)
);
CREATE INDEX ix_mail_domain_tenant ON mail_domain (tenant_id);

CREATE TABLE mailbox (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id     VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    domain_id     VARCHAR(36)  NOT NULL REFERENCES mail_domain (id),
    address       VARCHAR(320) NOT NULL,
    display_name  VARCHAR(120),
    daily_limit   INTEGER      NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    status_reason VARCHAR(500),
    created_at    TIMESTAMP    NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uq_mailbox_address UNIQUE (address)
);
CREATE INDEX ix_mailbox_tenant ON mailbox (tenant_id);

CREATE TABLE api_key (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    tenant_id   VARCHAR(36) NOT NULL REFERENCES tenant (id),
    name        VARCHAR(80) NOT NULL,
    prefix      VARCHAR(16) NOT NULL,
    secret_hash VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP   NOT NULL,
    revoked_at  TIMESTAMP,
    CONSTRAINT uq_api_key_prefix UNIQUE (prefix)
);
CREATE INDEX ix_api_key_tenant ON api_key (tenant_id);

CREATE TABLE audit_entry (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP     NOT NULL,
    actor          VARCHAR(120)  NOT NULL,
    tenant_id      VARCHAR(36),
    action         VARCHAR(60)   NOT NULL,
    object_type    VARCHAR(40)   NOT NULL,
    object_id      VARCHAR(64),
    detail         VARCHAR(1000),
    source_address VARCHAR(64)
);
CREATE INDEX ix_audit_tenant_at ON audit_entry (tenant_id, occurred_at);
