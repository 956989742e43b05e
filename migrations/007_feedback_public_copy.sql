-- The public copy of a PAKN: what a leader decided to publish, edited apart from
-- the original (which stays untouched). Null: not edited, the original is used.
-- Either way it is masked for personal data whenever it is shown to the public.
ALTER TABLE feedback ADD COLUMN public_content text;
ALTER TABLE feedback ADD COLUMN public_answer text;
