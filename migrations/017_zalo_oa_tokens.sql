-- The OA's token pair (issue 9). Zalo's refresh token is single-use and rotates: the pair is
-- replaced as one row update, under the row's lock, so one process at a time refreshes.
CREATE TABLE zalo_oa_tokens (
  oa_id            text PRIMARY KEY,
  access_token     text NOT NULL,
  refresh_token    text NOT NULL,
  access_expires_at timestamptz NOT NULL,
  -- How many refreshes the pair has been through (0: the configured first pair).
  generation       integer NOT NULL DEFAULT 0,
  refreshed_at     timestamptz NOT NULL DEFAULT now()
);
