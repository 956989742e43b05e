-- Citizens known through Zalo (issue 9, Mini App identity): one row per Zalo user of the Mini App.
-- Their PAKN are filed under 'zalo:<zalo_app_user_id>' (feedback.citizen_key).
CREATE TABLE citizens (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- The user's id in our Mini App (app-scoped, from Graph /me).
  zalo_app_user_id   text NOT NULL UNIQUE,
  -- The same user's id for our OA (id_by_oa), when Zalo gives it: the OA webhook knows users by it.
  zalo_oa_user_id    text UNIQUE,
  display_name       text NOT NULL DEFAULT '',
  -- Only after the citizen's consent (getPhoneNumber), as Zalo gives it (84…).
  phone              text,
  phone_confirmed_at timestamptz,
  created_at         timestamptz NOT NULL DEFAULT now(),
  seen_at            timestamptz NOT NULL DEFAULT now(),
  CHECK (zalo_app_user_id <> ''),
  CHECK (zalo_oa_user_id IS NULL OR zalo_oa_user_id <> ''),
  CHECK ((phone IS NULL) = (phone_confirmed_at IS NULL))
);
