-- The chatbot's conversations (issue 9): one per channel and user, so any server process can
-- take the next turn. `state` is the guided flow and what the bot remembers (the commune);
-- `version` makes every update optimistic (UPDATE … WHERE version = the one read).
CREATE TABLE chat_conversations (
  id             uuid PRIMARY KEY,
  channel        text NOT NULL CHECK (channel IN ('zalo_oa', 'miniapp')),
  -- 'zalo-oa:<id>', 'zalo:<id>' or 'device:<uuid>': the key the user's PAKN are filed under.
  user_key       text NOT NULL,
  unit_id        integer NOT NULL REFERENCES units (id),
  state          jsonb NOT NULL DEFAULT '{}'::jsonb,
  version        integer NOT NULL DEFAULT 0,
  -- After this (30 min idle), the guided flow starts over.
  expires_at     timestamptz NOT NULL,
  -- Hand-off to an officer: 'waiting' (in the console inbox), 'answered'; null: the bot alone.
  handoff        text CHECK (handoff IN ('waiting', 'answered')),
  handed_off_at  timestamptz,
  last_message_at timestamptz NOT NULL DEFAULT now(),
  created_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (channel, user_key)
);
CREATE INDEX chat_conversations_inbox ON chat_conversations (unit_id, handed_off_at DESC) WHERE handoff IS NOT NULL;

-- The transcript of handed-off conversations (the turns before the hand-off, and every one after).
CREATE TABLE chat_messages (
  id              bigserial PRIMARY KEY,
  conversation_id uuid NOT NULL REFERENCES chat_conversations (id) ON DELETE CASCADE,
  author          text NOT NULL CHECK (author IN ('citizen', 'bot', 'officer')),
  officer_id      integer REFERENCES officers (id),
  body            text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX chat_messages_conversation ON chat_messages (conversation_id, id);
