-- People who sign in to the console. Portable DDL: runs unchanged on Derby and PostgreSQL.
-- tenant_id is NULL for platform administrators.
CREATE TABLE console_user (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    username      VARCHAR(320) NOT NULL,
    password_hash VARCHAR(400) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    tenant_id     VARCHAR(36)  REFERENCES tenant (id),
    created_at    TIMESTAMP    NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uq_console_user_username UNIQUE (username)
);
CREATE INDEX ix_console_user_tenant ON console_user (tenant_id);
