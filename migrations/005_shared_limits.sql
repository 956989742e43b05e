-- Request counters shared by every server process on this database: the per-address
-- and per-citizen rate limits and the login throttling. Keys are hashed (no address or
-- username in clear). UNLOGGED: counters need no crash safety, and a commit that
-- touches only this table does not wait for the write-ahead log to reach the disk.
CREATE UNLOGGED TABLE rate_limit_counters (
  key        text PRIMARY KEY,
  count      integer NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX rate_limit_counters_expires_idx ON rate_limit_counters (expires_at);
