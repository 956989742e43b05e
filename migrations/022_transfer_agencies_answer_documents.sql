-- Issue 11: where a PAKN outside a commune's competence really goes (Công an xã, the city's departments),
-- as data per province (the city unit), owned by the units feature; seeded for the demo province.
CREATE TABLE transfer_agencies (
  id          serial PRIMARY KEY,
  province_id integer NOT NULL REFERENCES units (id) ON DELETE CASCADE,
  slug        text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name        text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
  position    integer NOT NULL DEFAULT 0,
  active      boolean NOT NULL DEFAULT true,
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (province_id, slug)
);
CREATE INDEX transfer_agencies_province ON transfer_agencies (province_id, position);

-- The agency a PAKN was transferred to, its name as it was then (the PAKN stays with the unit, which follows it up).
ALTER TABLE feedback ADD COLUMN transferred_to_agency text;

-- The unit's signed văn bản trả lời (PDF) attached to the answer: the file in DATA_DIR (written whole or not at
-- all), its name and size; published with the answer only when the leader says so.
ALTER TABLE feedback
  ADD COLUMN answer_document_path text,
  ADD COLUMN answer_document_name text,
  ADD COLUMN answer_document_bytes integer,
  ADD COLUMN answer_document_public boolean NOT NULL DEFAULT false;
