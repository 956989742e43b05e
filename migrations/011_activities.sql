-- Activities of the communication plan logged by officers on every channel other than
-- the Mini App's articles: one entry per activity (or per row of an office's monthly
-- batch), on a Viet Nam calendar day, with a channel and kind of the shared vocabulary.
-- An office's monthly batch is one row here per (unit, month, office): re-sending it
-- replaces its entries in one transaction, so it is never counted twice.
CREATE TABLE activity_batches (
  id          bigserial PRIMARY KEY,
  unit_id     integer NOT NULL REFERENCES units (id),
  month       text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  office      text NOT NULL,
  -- The office name as compared: trimmed, lower case, single spaces.
  office_key  text NOT NULL,
  created_by  integer REFERENCES officers (id),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (unit_id, month, office_key)
);

CREATE TABLE activities (
  id          bigserial PRIMARY KEY,
  unit_id     integer NOT NULL REFERENCES units (id),
  day         date NOT NULL,
  channel     text NOT NULL,
  kind        text NOT NULL,
  title       text NOT NULL,
  link        text,
  count       integer NOT NULL DEFAULT 1 CHECK (count BETWEEN 0 AND 100000),
  attendees   integer NOT NULL DEFAULT 0 CHECK (attendees BETWEEN 0 AND 100000),
  office      text,
  note        text,
  batch_id    bigint REFERENCES activity_batches (id) ON DELETE CASCADE,
  version     integer NOT NULL DEFAULT 1,
  created_by  integer REFERENCES officers (id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
-- Serves the counts (unit, day range → sums per day, channel, kind) from the index alone.
CREATE INDEX activities_unit_day_idx ON activities (unit_id, day) INCLUDE (channel, kind, count, attendees);
CREATE INDEX activities_batch_idx ON activities (batch_id) WHERE batch_id IS NOT NULL;

-- One evidence file per activity (a link is the activity's own column), stored under
-- DATA_DIR/evidence/<yyyy>/<mm>/; removed with its activity.
CREATE TABLE activity_evidence (
  activity_id  bigint PRIMARY KEY REFERENCES activities (id) ON DELETE CASCADE,
  file_name    text NOT NULL,
  content_type text NOT NULL,
  size_bytes   integer NOT NULL,
  sha256       text NOT NULL,
  path         text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);
