-- What each API key may do: comma-separated scope names (send, read, manage). Portable DDL: runs
-- unchanged on Derby and PostgreSQL. Keys issued before scopes existed get all three, so nothing
-- that works today breaks; new keys always get their scopes written by the application.
ALTER TABLE api_key ADD COLUMN scopes VARCHAR(64) DEFAULT 'send,read,manage' NOT NULL;
