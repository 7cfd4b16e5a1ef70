-- Domain ownership (issue 11, findings 3 and 8) and per-tenant quotas. Portable DDL: runs
-- unchanged on Derby and PostgreSQL.

-- Only an SES identity Sendwell created for the tenant may be deleted with its domain. Domains
-- from before this migration get FALSE: their identity may have been reused, so it is kept.
ALTER TABLE mail_domain ADD COLUMN ses_identity_created BOOLEAN DEFAULT FALSE NOT NULL;

-- A tenant's DNS challenge for a name it wants but cannot take without proof.
CREATE TABLE ownership_challenge (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id  VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    name       VARCHAR(253) NOT NULL,
    token      VARCHAR(64)  NOT NULL,
    created_at TIMESTAMP    NOT NULL,
    CONSTRAINT uq_ownership_challenge UNIQUE (tenant_id, name)
);

-- Quotas set by the platform operator; existing tenants get the standard ones.
ALTER TABLE tenant ADD COLUMN max_domains INTEGER DEFAULT 50 NOT NULL;
ALTER TABLE tenant ADD COLUMN max_mailboxes INTEGER DEFAULT 500 NOT NULL;
ALTER TABLE tenant ADD COLUMN max_api_keys INTEGER DEFAULT 50 NOT NULL;
