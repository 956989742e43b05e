-- Articles of "Tin cải cách hành chính" (feature articles): written in the console, read in the Mini App.
CREATE TABLE article_media (
  id uuid PRIMARY KEY,
  unit_id integer NOT NULL REFERENCES units (id),
  kind text NOT NULL CHECK (kind IN ('image', 'audio')),
  content_type text NOT NULL,
  extension text NOT NULL,
  size_bytes integer NOT NULL,
  path text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX article_media_unit_idx ON article_media (unit_id);

CREATE TABLE articles (
  id serial PRIMARY KEY,
  unit_id integer NOT NULL REFERENCES units (id),
  title text NOT NULL,
  summary text NOT NULL DEFAULT '',
  body_html text NOT NULL DEFAULT '',
  cover_media_id uuid REFERENCES article_media (id),
  audio_media_id uuid REFERENCES article_media (id),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  -- The Viet Nam calendar day it was published on; set while published.
  published_on date,
  published_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  is_demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'published') = (published_on IS NOT NULL))
);
CREATE INDEX articles_unit_idx ON articles (unit_id, status, published_on DESC, id DESC);
CREATE INDEX articles_published_idx ON articles (unit_id, published_on) WHERE status = 'published';

-- Readers and shares per article and Viet Nam day: numbers only, no identity.
CREATE TABLE article_reader_days (
  article_id integer NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  day date NOT NULL,
  unit_id integer NOT NULL REFERENCES units (id),
  readers integer NOT NULL DEFAULT 0,
  shares integer NOT NULL DEFAULT 0,
  PRIMARY KEY (article_id, day)
);
CREATE INDEX article_reader_days_unit_idx ON article_reader_days (unit_id, day);

-- The day's dedupe set: an HMAC of (kind, day, reader, article) under the server's secret,
-- so a reader counts once per day per article. Rows of past days are deleted.
CREATE TABLE article_reader_seen (
  day date NOT NULL,
  token bytea NOT NULL,
  PRIMARY KEY (day, token)
);
