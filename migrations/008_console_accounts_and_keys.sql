-- Officer accounts and Open311 keys are managed in the console: an account is disabled
-- (never deleted: its name stays on the PAKN it handled), a key is revoked (kept, so
-- the PAKN it sent still name their source).
ALTER TABLE officers ADD COLUMN disabled_at timestamptz;

ALTER TABLE open311_keys ADD COLUMN revoked_at timestamptz;
ALTER TABLE open311_keys ADD COLUMN last_used_at timestamptz;
