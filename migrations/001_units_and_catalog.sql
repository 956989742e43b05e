-- Administrative units (the city and its communes, wards, special zones) and
-- the public catalog each unit publishes: procedures, hotlines, guides.

CREATE TABLE units (
  id              serial PRIMARY KEY,
  slug            text NOT NULL UNIQUE,
  name            text NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('city', 'commune', 'ward', 'special_zone')),
  parent_id       integer REFERENCES units (id),
  address         text,
  office_hours    jsonb NOT NULL DEFAULT '[]',
  is_demo         boolean NOT NULL DEFAULT false,
  -- Bumped by every change to the unit's catalog; drives ETags and caches.
  catalog_version integer NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE procedures (
  id           serial PRIMARY KEY,
  unit_id      integer NOT NULL REFERENCES units (id),
  code         text NOT NULL,
  name         text NOT NULL,
  field        text NOT NULL,
  online_level text NOT NULL CHECK (online_level IN ('toan_trinh', 'mot_phan', 'khong')),
  summary      text NOT NULL DEFAULT '',
  -- Steps, channels, documents by case, agency, result, conditions, legal basis, links.
  detail       jsonb NOT NULL,
  status       text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'amended', 'repealed')),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT procedures_unit_code_key UNIQUE (unit_id, code)
);

-- Every publication, change, amendment and repeal, with the deciding document.
CREATE TABLE procedure_revisions (
  id           serial PRIMARY KEY,
  unit_id      integer NOT NULL REFERENCES units (id),
  procedure_id integer NOT NULL REFERENCES procedures (id),
  action       text NOT NULL CHECK (action IN ('published', 'updated', 'amended', 'repealed')),
  decision     text NOT NULL DEFAULT '',
  decided_on   date,
  snapshot     jsonb NOT NULL,
  recorded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX procedure_revisions_procedure_idx ON procedure_revisions (procedure_id, id);

CREATE TABLE hotlines (
  id       serial PRIMARY KEY,
  unit_id  integer NOT NULL REFERENCES units (id),
  name     text NOT NULL,
  phone    text NOT NULL,
  purpose  text NOT NULL DEFAULT '',
  hours    text NOT NULL DEFAULT '',
  is_demo  boolean NOT NULL DEFAULT false,
  position integer NOT NULL DEFAULT 0
);
CREATE INDEX hotlines_unit_idx ON hotlines (unit_id, position);

CREATE TABLE guides (
  id       serial PRIMARY KEY,
  unit_id  integer NOT NULL REFERENCES units (id),
  slug     text NOT NULL,
  title    text NOT NULL,
  summary  text NOT NULL DEFAULT '',
  steps    jsonb NOT NULL DEFAULT '[]',
  links    jsonb NOT NULL DEFAULT '[]',
  position integer NOT NULL DEFAULT 0,
  CONSTRAINT guides_unit_slug_key UNIQUE (unit_id, slug)
);
