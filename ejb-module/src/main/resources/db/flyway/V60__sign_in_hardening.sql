-- Sign-in hardening (decision 0013). Portable DDL: runs unchanged on Derby and PostgreSQL.
-- session_epoch: a console session is valid only while the user's epoch equals the one it
--   signed in with; bumping it (password change, forced reset, disable) ends every session.
-- password_change_required: set by an operator's forced reset; the user must choose a new
--   password before the console lets them do anything else.
ALTER TABLE console_user ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE console_user ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE console_user ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;
