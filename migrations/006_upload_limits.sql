-- Uploads never attached to a PAKN are removed after a while, and one client address
-- may hold only so many bytes of them: the address is kept while the photo is unattached.
ALTER TABLE uploads ADD COLUMN client_address text;

CREATE INDEX uploads_unattached_idx ON uploads (created_at) WHERE feedback_id IS NULL;
CREATE INDEX uploads_unattached_address_idx ON uploads (client_address, created_at) WHERE feedback_id IS NULL;
