-- Domain onboarding: bring-your-own-DKIM key material, SES's DKIM / MAIL FROM status and the
-- latest DNS doctor run. Plain ADD COLUMN of nullable columns: the same DDL on Derby and PostgreSQL.
ALTER TABLE mail_domain ADD COLUMN byo_dkim_selector VARCHAR(63);
ALTER TABLE mail_domain ADD COLUMN byo_dkim_public_key VARCHAR(1000);
ALTER TABLE mail_domain ADD COLUMN byo_dkim_private_key_enc VARCHAR(4000);
ALTER TABLE mail_domain ADD COLUMN ses_dkim_status VARCHAR(32);
ALTER TABLE mail_domain ADD COLUMN ses_mail_from_status VARCHAR(32);
ALTER TABLE mail_domain ADD COLUMN dns_checked_at TIMESTAMP;
ALTER TABLE mail_domain ADD COLUMN dns_summary VARCHAR(1000);
ALTER TABLE mail_domain ADD COLUMN dns_ok_records VARCHAR(4000);
CREATE INDEX ix_mail_domain_status ON mail_domain (status);
