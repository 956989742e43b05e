-- What an Open311 client sends beyond a PAKN's own fields: the sender's e-mail and the
-- media links (kept, never shown in public answers) and which key sent it.
CREATE TABLE open311_request_details (
  feedback_id bigint PRIMARY KEY REFERENCES feedback (id),
  key_id      integer NOT NULL REFERENCES open311_keys (id),
  email       text,
  media_urls  text[] NOT NULL DEFAULT '{}',
  address_id  text,
  created_at  timestamptz NOT NULL DEFAULT now()
);
