-- Citizen feedback (phản ánh, kiến nghị), the officers who handle it, and the
-- working-day calendar its deadlines are counted in.

-- The yearly table of days off and make-up working days (province-wide, editable).
CREATE TABLE calendar_years (
  year         integer PRIMARY KEY,
  days_off     jsonb NOT NULL DEFAULT '[]',
  working_days jsonb NOT NULL DEFAULT '[]',
  source       text NOT NULL DEFAULT '',
  updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE officers (
  id              serial PRIMARY KEY,
  unit_id         integer NOT NULL REFERENCES units (id),
  username        text NOT NULL UNIQUE,
  display_name    text NOT NULL,
  role            text NOT NULL CHECK (role IN ('city_admin', 'unit_admin', 'leader', 'officer')),
  password_hash   text NOT NULL,
  failed_logins   integer NOT NULL DEFAULT 0,
  locked_until    timestamptz,
  active          boolean NOT NULL DEFAULT true,
  created_at      timestamptz NOT NULL DEFAULT now()
);

-- Only a hash of the session token is stored.
CREATE TABLE officer_sessions (
  token_hash   text PRIMARY KEY,
  officer_id   integer NOT NULL REFERENCES officers (id),
  unit_id      integer NOT NULL REFERENCES units (id),
  csrf_token   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX officer_sessions_officer_idx ON officer_sessions (officer_id);

CREATE TABLE feedback_topics (
  id       serial PRIMARY KEY,
  unit_id  integer NOT NULL REFERENCES units (id),
  name     text NOT NULL,
  position integer NOT NULL DEFAULT 0,
  active   boolean NOT NULL DEFAULT true,
  -- Open311 service code.
  code     text NOT NULL,
  CONSTRAINT feedback_topics_unit_name_key UNIQUE (unit_id, name),
  CONSTRAINT feedback_topics_unit_code_key UNIQUE (unit_id, code)
);

-- Working days allowed, per unit, severity and optionally topic (NULL: any topic).
CREATE TABLE feedback_deadlines (
  id           serial PRIMARY KEY,
  unit_id      integer NOT NULL REFERENCES units (id),
  topic_id     integer REFERENCES feedback_topics (id),
  severity     text NOT NULL CHECK (severity IN ('khan', 'binh_thuong', 'phuc_tap')),
  working_days integer NOT NULL CHECK (working_days BETWEEN 0 AND 90),
  CONSTRAINT feedback_deadlines_rule_key UNIQUE NULLS NOT DISTINCT (unit_id, topic_id, severity)
);

-- Photos uploaded before the submission that references them.
CREATE TABLE uploads (
  id           uuid PRIMARY KEY,
  content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
  size_bytes   integer NOT NULL,
  sha256       text NOT NULL,
  -- Relative to DATA_DIR.
  path         text NOT NULL,
  citizen_key  text NOT NULL,
  feedback_id  bigint,
  created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE feedback (
  id                 bigserial PRIMARY KEY,
  unit_id            integer NOT NULL REFERENCES units (id),
  -- Read out on the phone: "PA-2611-7K3M9".
  code               text NOT NULL UNIQUE,
  access_key_hash    text NOT NULL,
  kind               text NOT NULL CHECK (kind IN ('phan_anh', 'kien_nghi')),
  topic_id           integer NOT NULL REFERENCES feedback_topics (id),
  content            text NOT NULL,
  location           jsonb,
  contact_name       text NOT NULL,
  contact_phone      text NOT NULL,
  contact_address    text NOT NULL,
  hide_identity      boolean NOT NULL DEFAULT false,
  -- Who may list it as their own: 'zalo:<id>' or 'device:<uuid>'.
  citizen_key        text NOT NULL,
  channel            text NOT NULL DEFAULT 'miniapp' CHECK (channel IN ('miniapp', 'zalo_oa', 'open311', 'phone', 'desk')),
  status             text NOT NULL DEFAULT 'moi'
                     CHECK (status IN ('moi', 'da_tiep_nhan', 'dang_xu_ly', 'da_chuyen', 'da_tra_loi', 'dong', 'mo_lai', 'tu_choi')),
  severity           text CHECK (severity IN ('khan', 'binh_thuong', 'phuc_tap')),
  field              text,
  assignee_id        integer REFERENCES officers (id),
  transferred_from_unit_id integer REFERENCES units (id),
  duplicate_of_id    bigint REFERENCES feedback (id),
  reject_reason      text CHECK (reject_reason IN ('khieu_nai_to_cao', 'thieu_thong_tin', 'trung', 'ngoai_tham_quyen')),
  reject_note        text,
  received_at        timestamptz NOT NULL DEFAULT now(),
  -- Calendar days in Vietnam, returned as 'YYYY-MM-DD'.
  transfer_due_date  date NOT NULL,
  due_date           date NOT NULL,
  answer_draft       text,
  answer_submitted_at timestamptz,
  answer             text,
  answered_at        timestamptz,
  answered_by        integer REFERENCES officers (id),
  published          boolean NOT NULL DEFAULT false,
  published_at       timestamptz,
  rating             text CHECK (rating IN ('hai_long', 'khong_hai_long')),
  rating_comment     text,
  rated_at           timestamptz,
  closed_at          timestamptz,
  idempotency_key    text,
  request_hash       text,
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT feedback_idempotency_key UNIQUE (unit_id, idempotency_key)
);
-- The officers' queue: open items of a unit by deadline.
CREATE INDEX feedback_queue_idx ON feedback (unit_id, due_date, id)
  WHERE status IN ('moi', 'da_tiep_nhan', 'dang_xu_ly', 'da_chuyen', 'mo_lai');
CREATE INDEX feedback_unit_received_idx ON feedback (unit_id, received_at DESC, id DESC);
CREATE INDEX feedback_citizen_idx ON feedback (citizen_key, received_at DESC);
CREATE INDEX feedback_published_idx ON feedback (unit_id, published_at DESC) WHERE published;

CREATE TABLE feedback_photos (
  id          uuid PRIMARY KEY,
  unit_id     integer NOT NULL REFERENCES units (id),
  feedback_id bigint NOT NULL REFERENCES feedback (id),
  upload_id   uuid NOT NULL REFERENCES uploads (id),
  position    integer NOT NULL,
  -- Shown publicly only when the answer is published and an officer approved it.
  public      boolean NOT NULL DEFAULT false
);
CREATE INDEX feedback_photos_feedback_idx ON feedback_photos (feedback_id, position);

-- Every change, who made it and when: the status history citizens see and the audit officers see.
CREATE TABLE feedback_events (
  id          bigserial PRIMARY KEY,
  unit_id     integer NOT NULL REFERENCES units (id),
  feedback_id bigint NOT NULL REFERENCES feedback (id),
  actor_kind  text NOT NULL CHECK (actor_kind IN ('citizen', 'officer', 'system', 'integration')),
  officer_id  integer REFERENCES officers (id),
  action      text NOT NULL,
  from_status text,
  to_status   text,
  -- Internal notes and audit details are never shown to the citizen.
  internal    boolean NOT NULL DEFAULT false,
  note        text,
  data        jsonb,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX feedback_events_feedback_idx ON feedback_events (feedback_id, id);

-- Keys for city systems speaking Open311 GeoReport v2; unit_id NULL: every unit.
CREATE TABLE open311_keys (
  id         serial PRIMARY KEY,
  unit_id    integer REFERENCES units (id),
  name       text NOT NULL,
  key_hash   text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Per-unit settings: how long citizens may reopen an answered PAKN.
ALTER TABLE units ADD COLUMN reopen_days integer NOT NULL DEFAULT 30;
