-- Issue 9: the OA webhook's durable queue, and the notifications outbox.

-- Every OA webhook event, stored before Zalo gets its 200 and worked from here (FOR UPDATE SKIP
-- LOCKED), so a restart loses nothing. `dedupe_key` (the message's msg_id, or the event's own
-- identity when it has none) makes a redelivered event a no-op. Once handled, the payload
-- (what the citizen wrote) is emptied; the row stays a week for dedupe and the reply window.
CREATE TABLE zalo_events (
  id           bigserial PRIMARY KEY,
  dedupe_key   text NOT NULL UNIQUE,
  event_name   text NOT NULL,
  -- The OA-scoped user id, as a string (Zalo's ids exceed 53 bits).
  user_id      text,
  payload      jsonb NOT NULL,
  status       text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
  attempts     integer NOT NULL DEFAULT 0,
  run_after    timestamptz NOT NULL DEFAULT now(),
  locked_until timestamptz,
  received_at  timestamptz NOT NULL DEFAULT now(),
  processed_at timestamptz,
  last_error   text
);
CREATE INDEX zalo_events_pending ON zalo_events (id) WHERE status = 'pending';
CREATE INDEX zalo_events_pending_user ON zalo_events (user_id, id) WHERE status = 'pending';
CREATE INDEX zalo_events_user ON zalo_events (user_id, received_at DESC);

-- Officers who linked their Zalo account (through a one-time code sent to the OA).
CREATE TABLE officer_zalo_links (
  officer_id integer PRIMARY KEY REFERENCES officers (id) ON DELETE CASCADE,
  oa_user_id text NOT NULL UNIQUE,
  linked_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE officer_zalo_link_codes (
  code_hash  text PRIMARY KEY,
  officer_id integer NOT NULL REFERENCES officers (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL
);

-- What must reach someone on Zalo: chat replies, officers' replies, PAKN notices. Written in the
-- same transaction as the change it tells of; delivered with retries and backoff; never dropped
-- (a message that cannot go out ends 'undeliverable' or 'failed' with the reason).
CREATE TABLE notification_outbox (
  id             bigserial PRIMARY KEY,
  kind           text NOT NULL,
  unit_id        integer REFERENCES units (id),
  -- 'oa_user': an OA user id; 'citizen': a citizen key (zalo-oa:…, zalo:…); 'officer': an OA user id of a linked officer.
  recipient_kind text NOT NULL CHECK (recipient_kind IN ('oa_user', 'citizen', 'officer')),
  recipient      text NOT NULL,
  feedback_id    integer REFERENCES feedback (id),
  -- The message itself for replies; null: composed at delivery from the PAKN.
  message        jsonb,
  dedupe_key     text NOT NULL UNIQUE,
  status         text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'undeliverable', 'failed')),
  attempts       integer NOT NULL DEFAULT 0,
  run_after      timestamptz NOT NULL DEFAULT now(),
  locked_until   timestamptz,
  created_at     timestamptz NOT NULL DEFAULT now(),
  sent_at        timestamptz,
  via            text CHECK (via IN ('oa', 'zns')),
  last_error     text
);
CREATE INDEX notification_outbox_due ON notification_outbox (run_after) WHERE status = 'pending';

-- PAKN notices come from the PAKN's own history: a trigger on feedback_events writes them in the
-- transaction of the change. Citizens known on Zalo hear that their PAKN was received, answered,
-- or needs more information; linked officers of the unit hear of a new (or transferred-in) PAKN.
CREATE FUNCTION notification_outbox_from_feedback() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  citizen text;
  notice text;
BEGIN
  notice := CASE
    WHEN NEW.action = 'submitted' THEN 'pakn_received'
    WHEN NEW.action = 'approved' THEN 'pakn_answered'
    WHEN NEW.action = 'rejected' AND NEW.data ->> 'reason' = 'thieu_thong_tin' THEN 'pakn_needs_info'
  END;
  IF notice IS NOT NULL THEN
    SELECT citizen_key INTO citizen FROM feedback WHERE id = NEW.feedback_id;
    IF citizen LIKE 'zalo-oa:%' OR citizen LIKE 'zalo:%' THEN
      INSERT INTO notification_outbox (kind, unit_id, recipient_kind, recipient, feedback_id, dedupe_key)
      VALUES (notice, NEW.unit_id, 'citizen', citizen, NEW.feedback_id, notice || ':' || NEW.id)
      ON CONFLICT (dedupe_key) DO NOTHING;
    END IF;
  END IF;
  IF NEW.action IN ('submitted', 'transferred') THEN
    INSERT INTO notification_outbox (kind, unit_id, recipient_kind, recipient, feedback_id, dedupe_key)
    SELECT 'officer_new_pakn', NEW.unit_id, 'officer', l.oa_user_id, NEW.feedback_id, 'officer_new_pakn:' || NEW.id || ':' || l.officer_id
    FROM officer_zalo_links l JOIN officers o ON o.id = l.officer_id
    WHERE o.unit_id = NEW.unit_id AND o.active
    ON CONFLICT (dedupe_key) DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER notification_outbox_from_feedback AFTER INSERT ON feedback_events
  FOR EACH ROW EXECUTE FUNCTION notification_outbox_from_feedback();
