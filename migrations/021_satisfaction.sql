-- Satisfaction (issue 10): SIPAS-style surveys and every rating a citizen gave a PAKN.
--
-- feedback_ratings (feature feedback): each rating ever given, kept when a reopened PAKN is
-- approved again (that approval clears feedback.rating so it may be rated anew; the Quyết
-- định 766 ratio "hài lòng trong xử lý PAKN" must still count the earlier "không hài lòng").
--
-- survey_* (feature satisfaction): versioned question sets per city (draft → open → closed,
-- at most one open and one draft), their questions, the responses with the version they were
-- given on, their answers, and survey_counts: sums per month and per day, kept by triggers on
-- survey_responses and survey_answers in the transaction of the response (responses are never
-- changed), rebuilt by survey_counts_rebuild().

SET LOCAL statement_timeout = 0;

CREATE TABLE feedback_ratings (
  id          bigserial PRIMARY KEY,
  feedback_id bigint NOT NULL REFERENCES feedback (id) ON DELETE CASCADE,
  unit_id     integer NOT NULL REFERENCES units (id),
  value       text NOT NULL CHECK (value IN ('hai_long', 'khong_hai_long')),
  comment     text,
  rated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX feedback_ratings_feedback_idx ON feedback_ratings (feedback_id, value);

-- Backfill: the ratings the audit trail remembers (also those a re-approval cleared), then the
-- current rating of any PAKN whose rating has no event (rows loaded without their history).
INSERT INTO feedback_ratings (feedback_id, unit_id, value, comment, rated_at)
SELECT e.feedback_id, f.unit_id, e.data ->> 'value', e.note, e.created_at
FROM feedback_events e JOIN feedback f ON f.id = e.feedback_id
WHERE e.action = 'rated' AND e.data ->> 'value' IN ('hai_long', 'khong_hai_long');

INSERT INTO feedback_ratings (feedback_id, unit_id, value, comment, rated_at)
SELECT f.id, f.unit_id, f.rating, f.rating_comment, coalesce(f.rated_at, f.answered_at, f.received_at)
FROM feedback f
WHERE f.rating IS NOT NULL AND NOT EXISTS (SELECT 1 FROM feedback_ratings r WHERE r.feedback_id = f.id);

-- The commune shows its satisfaction figures in the Mini App (feature units).
ALTER TABLE units ADD COLUMN publish_satisfaction boolean NOT NULL DEFAULT false;

CREATE TABLE survey_question_sets (
  id           serial PRIMARY KEY,
  city_id      integer NOT NULL REFERENCES units (id),
  version      integer NOT NULL CHECK (version > 0),
  status       text NOT NULL CHECK (status IN ('draft', 'open', 'closed')),
  title        text NOT NULL,
  intro        text NOT NULL DEFAULT '',
  source       text NOT NULL,
  -- [{ "code", "text" }]: what the citizen would improve first (mong đợi).
  expectations jsonb NOT NULL DEFAULT '[]',
  created_at   timestamptz NOT NULL DEFAULT now(),
  opened_at    timestamptz,
  closed_at    timestamptz,
  UNIQUE (city_id, version)
);
CREATE UNIQUE INDEX survey_question_sets_one_open ON survey_question_sets (city_id) WHERE status = 'open';
CREATE UNIQUE INDEX survey_question_sets_one_draft ON survey_question_sets (city_id) WHERE status = 'draft';

CREATE TABLE survey_questions (
  id              serial PRIMARY KEY,
  question_set_id integer NOT NULL REFERENCES survey_question_sets (id) ON DELETE CASCADE,
  -- Stable across versions: the figures of several versions meet on it.
  code            text NOT NULL,
  factor          smallint CHECK (factor BETWEEN 1 AND 5),
  kind            text NOT NULL CHECK (kind IN ('criterion', 'satisfaction', 'overall')),
  text            text NOT NULL,
  required        boolean NOT NULL DEFAULT true,
  position        integer NOT NULL,
  UNIQUE (question_set_id, code),
  CHECK ((kind = 'overall') = (factor IS NULL))
);

CREATE TABLE survey_responses (
  id              bigserial PRIMARY KEY,
  unit_id         integer NOT NULL REFERENCES units (id),
  question_set_id integer NOT NULL REFERENCES survey_question_sets (id),
  received_at     timestamptz NOT NULL DEFAULT now(),
  -- The Viet Nam day of received_at.
  received_day    date NOT NULL,
  procedure_code  text,
  feedback_code   text,
  desk            text,
  -- HMAC of the citizen's key (Zalo or device): never the raw id.
  respondent_hash text NOT NULL,
  -- 'pakn:<code>' or 'tthc:<procedure>|<desk>|<day>': one response per respondent and transaction.
  transaction_key text NOT NULL,
  expectations    text[] NOT NULL DEFAULT '{}',
  -- Free text: may hold personal data, so console only.
  comment         text,
  UNIQUE (unit_id, respondent_hash, transaction_key)
);
CREATE INDEX survey_responses_unit_day_idx ON survey_responses (unit_id, received_day);
CREATE INDEX survey_responses_comments_idx ON survey_responses (unit_id, received_at DESC) WHERE comment IS NOT NULL;

CREATE TABLE survey_answers (
  response_id bigint NOT NULL REFERENCES survey_responses (id) ON DELETE CASCADE,
  question_id integer NOT NULL REFERENCES survey_questions (id),
  value       smallint NOT NULL CHECK (value BETWEEN 1 AND 5),
  PRIMARY KEY (response_id, question_id)
);

-- Sums: grain 'm' (bucket = first day of the month) or 'd' (the day); scope 'u' the unit's own
-- responses, 'c' those of every commune of a city rolled up under the city's id (a city's
-- figures read a few thousand rows, not every commune's); dim 'q' answers to a question (key =
-- its code, value 1..5), 'p' answers to the overall question by procedure (key = procedure
-- code, '' none), 'r' responses (key '', value 0), 'e' expectations chosen (key = the code).
CREATE TABLE survey_counts (
  grain   char(1) NOT NULL CHECK (grain IN ('m', 'd')),
  scope   char(1) NOT NULL CHECK (scope IN ('u', 'c')),
  unit_id integer NOT NULL,
  bucket  date NOT NULL,
  dim     char(1) NOT NULL CHECK (dim IN ('q', 'p', 'r', 'e')),
  key     text NOT NULL,
  value   smallint NOT NULL,
  n       integer NOT NULL DEFAULT 0,
  PRIMARY KEY (grain, scope, unit_id, bucket, dim, key, value)
);
-- A city's communes side by side: one question's rows of every commune over a range.
CREATE INDEX survey_counts_by_key ON survey_counts (grain, scope, dim, key, bucket) INCLUDE (unit_id, value, n);

CREATE OR REPLACE FUNCTION survey_counts_add(p_unit integer, p_day date, p_dim char(1), p_key text, p_value smallint, p_n integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO survey_counts (grain, scope, unit_id, bucket, dim, key, value, n)
  SELECT g.grain, s.scope, s.unit_id, CASE WHEN g.grain = 'm' THEN date_trunc('month', p_day)::date ELSE p_day END, p_dim, p_key, p_value, p_n
  FROM (VALUES ('m'::char(1)), ('d'::char(1))) AS g(grain)
  CROSS JOIN (SELECT 'u'::char(1) AS scope, p_unit AS unit_id
              UNION ALL SELECT 'c', parent_id FROM units WHERE id = p_unit AND parent_id IS NOT NULL) AS s
  ON CONFLICT (grain, scope, unit_id, bucket, dim, key, value) DO UPDATE SET n = survey_counts.n + EXCLUDED.n;
$$;

CREATE OR REPLACE FUNCTION survey_responses_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  e text;
BEGIN
  PERFORM survey_counts_add(NEW.unit_id, NEW.received_day, 'r', '', 0::smallint, 1);
  FOREACH e IN ARRAY NEW.expectations LOOP
    PERFORM survey_counts_add(NEW.unit_id, NEW.received_day, 'e', e, 0::smallint, 1);
  END LOOP;
  RETURN NULL;
END $$;

CREATE TRIGGER survey_responses_sync AFTER INSERT ON survey_responses FOR EACH ROW EXECUTE FUNCTION survey_responses_count();

CREATE OR REPLACE FUNCTION survey_answers_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
  q record;
BEGIN
  SELECT unit_id, received_day, procedure_code INTO r FROM survey_responses WHERE id = NEW.response_id;
  SELECT code, kind INTO q FROM survey_questions WHERE id = NEW.question_id;
  PERFORM survey_counts_add(r.unit_id, r.received_day, 'q', q.code, NEW.value, 1);
  IF q.kind = 'overall' THEN
    PERFORM survey_counts_add(r.unit_id, r.received_day, 'p', coalesce(r.procedure_code, ''), NEW.value, 1);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER survey_answers_sync AFTER INSERT ON survey_answers FOR EACH ROW EXECUTE FUNCTION survey_answers_count();

-- Rebuilds every sum from the responses (after a bulk load with the triggers disabled).
CREATE OR REPLACE FUNCTION survey_counts_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM survey_counts;
  INSERT INTO survey_counts (grain, scope, unit_id, bucket, dim, key, value, n)
  SELECT g.grain, 'u', s.unit_id, CASE WHEN g.grain = 'm' THEN date_trunc('month', s.day)::date ELSE s.day END, s.dim, s.key, s.value, sum(s.n)::int
  FROM (
    SELECT r.unit_id, r.received_day AS day, 'q'::char(1) AS dim, q.code AS key, a.value, count(*) AS n
    FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id JOIN survey_questions q ON q.id = a.question_id
    GROUP BY 1, 2, 4, 5
    UNION ALL
    SELECT r.unit_id, r.received_day, 'p', coalesce(r.procedure_code, ''), a.value, count(*)
    FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id JOIN survey_questions q ON q.id = a.question_id
    WHERE q.kind = 'overall'
    GROUP BY 1, 2, 4, 5
    UNION ALL
    SELECT unit_id, received_day, 'r', '', 0::smallint, count(*) FROM survey_responses GROUP BY 1, 2
    UNION ALL
    SELECT r.unit_id, r.received_day, 'e', e.code, 0::smallint, count(*)
    FROM survey_responses r CROSS JOIN LATERAL unnest(r.expectations) AS e(code)
    GROUP BY 1, 2, 4
  ) s CROSS JOIN (VALUES ('m'::char(1)), ('d'::char(1))) AS g(grain)
  GROUP BY 1, 3, 4, 5, 6, 7;
  INSERT INTO survey_counts (grain, scope, unit_id, bucket, dim, key, value, n)
  SELECT c.grain, 'c', u.parent_id, c.bucket, c.dim, c.key, c.value, sum(c.n)::int
  FROM survey_counts c JOIN units u ON u.id = c.unit_id
  WHERE c.scope = 'u' AND u.parent_id IS NOT NULL
  GROUP BY 1, 3, 4, 5, 6, 7;
END $$;
