-- PAKN figures (issue 8): the managed list of lĩnh vực, and the summary tables the
-- figures are read from.

-- 1. Lĩnh vực (field of a PAKN) becomes a per-unit managed list, like the topics.
--    `key` is the name folded (lower case, no diacritics, single spaces): two names that
--    differ only so are the same entry.
CREATE TABLE feedback_fields (
  id         serial PRIMARY KEY,
  unit_id    integer NOT NULL REFERENCES units (id),
  name       text NOT NULL,
  key        text NOT NULL,
  position   integer NOT NULL DEFAULT 0,
  active     boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT feedback_fields_unit_key UNIQUE (unit_id, key)
);

ALTER TABLE feedback ADD COLUMN field_id integer REFERENCES feedback_fields (id);
-- Working days from receipt to answer (the working-day calendar, counted by the server when
-- the answer is approved); null while unanswered.
ALTER TABLE feedback ADD COLUMN handling_working_days smallint;

CREATE FUNCTION feedback_field_key(name text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(btrim(lower(translate(name,
    'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ',
    'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydAAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD'))), '\s+', ' ', 'g')
$$;

-- Existing free text → one entry per unit and folded name (the most used spelling names it).
INSERT INTO feedback_fields (unit_id, name, key, position)
SELECT unit_id, name, key, (row_number() OVER (PARTITION BY unit_id ORDER BY key)) - 1
FROM (
  SELECT DISTINCT ON (unit_id, key) unit_id, key, name
  FROM (
    SELECT unit_id, regexp_replace(btrim(field), '\s+', ' ', 'g') AS name, feedback_field_key(field) AS key, count(*) AS n
    FROM feedback WHERE field IS NOT NULL AND feedback_field_key(field) <> ''
    GROUP BY 1, 2, 3
  ) spelled
  ORDER BY unit_id, key, n DESC, name
) chosen;

UPDATE feedback f SET field_id = ff.id
FROM feedback_fields ff
WHERE f.field IS NOT NULL AND ff.unit_id = f.unit_id AND ff.key = feedback_field_key(f.field);

-- Handling time of the PAKN answered before this migration: working days after the day of
-- receipt up to the day of the answer, from the stored yearly tables (a year without one:
-- weekends only). From now on the server counts it with the full calendar.
UPDATE feedback f SET handling_working_days = (
  SELECT count(*) FROM generate_series(
    (f.received_at AT TIME ZONE 'UTC' + interval '7 hours')::date + 1,
    (f.answered_at AT TIME ZONE 'UTC' + interval '7 hours')::date,
    interval '1 day') AS d(day)
  LEFT JOIN calendar_years c ON c.year = extract(year FROM d.day)::integer
  WHERE coalesce(c.working_days ? to_char(d.day, 'YYYY-MM-DD'), false)
     OR (extract(isodow FROM d.day) < 6 AND NOT coalesce(c.days_off ? to_char(d.day, 'YYYY-MM-DD'), false))
)
WHERE f.answered_at IS NOT NULL;

-- 2. The summary the figures read (owned by the figures feature). A GROUP BY over every PAKN
--    is too slow for a city; these tables hold the counts per unit, received month ('m') and
--    received day ('d'), topic and lĩnh vực (0: not classified). A range of whole months reads
--    the month rows; the days of a partial month at either end read the day rows.
CREATE TABLE feedback_figures (
  grain            char(1) NOT NULL CHECK (grain IN ('m', 'd')),
  unit_id          integer NOT NULL,
  bucket           date NOT NULL,
  topic_id         integer NOT NULL,
  field_id         integer NOT NULL,
  received         integer NOT NULL DEFAULT 0,
  answered         integer NOT NULL DEFAULT 0,
  answered_on_time integer NOT NULL DEFAULT 0,
  answered_late    integer NOT NULL DEFAULT 0,
  rejected         integer NOT NULL DEFAULT 0,
  open             integer NOT NULL DEFAULT 0,
  rated            integer NOT NULL DEFAULT 0,
  satisfied        integer NOT NULL DEFAULT 0,
  PRIMARY KEY (grain, bucket, unit_id, topic_id, field_id)
);

-- Answered PAKN by working days of handling: the median is read from this histogram.
CREATE TABLE feedback_figures_durations (
  grain        char(1) NOT NULL CHECK (grain IN ('m', 'd')),
  unit_id      integer NOT NULL,
  bucket       date NOT NULL,
  working_days integer NOT NULL,
  n            integer NOT NULL DEFAULT 0,
  PRIMARY KEY (grain, bucket, unit_id, working_days)
);

-- Open PAKN by due day: "open past due" depends on today, so it is counted when asked.
CREATE TABLE feedback_figures_open (
  unit_id      integer NOT NULL,
  received_day date NOT NULL,
  topic_id     integer NOT NULL,
  field_id     integer NOT NULL,
  due_day      date NOT NULL,
  n            integer NOT NULL DEFAULT 0,
  PRIMARY KEY (received_day, unit_id, topic_id, field_id, due_day)
);

-- Adds (sign 1) or removes (sign -1) one PAKN's facts.
CREATE FUNCTION feedback_figures_apply(f feedback, sign integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  day date := (f.received_at AT TIME ZONE 'UTC' + interval '7 hours')::date;
  state text := CASE WHEN f.status IN ('da_tra_loi', 'dong') THEN 'answered' WHEN f.status = 'tu_choi' THEN 'rejected' ELSE 'open' END;
  on_time boolean := coalesce((f.answered_at AT TIME ZONE 'UTC' + interval '7 hours')::date <= f.due_date, false);
  fid integer := coalesce(f.field_id, 0);
BEGIN
  INSERT INTO feedback_figures AS s (grain, unit_id, bucket, topic_id, field_id, received, answered, answered_on_time,
                                     answered_late, rejected, open, rated, satisfied)
  SELECT g.grain, f.unit_id, g.bucket, f.topic_id, fid, sign,
         CASE WHEN state = 'answered' THEN sign ELSE 0 END,
         CASE WHEN state = 'answered' AND on_time THEN sign ELSE 0 END,
         CASE WHEN state = 'answered' AND NOT on_time THEN sign ELSE 0 END,
         CASE WHEN state = 'rejected' THEN sign ELSE 0 END,
         CASE WHEN state = 'open' THEN sign ELSE 0 END,
         CASE WHEN f.rating IS NOT NULL THEN sign ELSE 0 END,
         CASE WHEN f.rating = 'hai_long' THEN sign ELSE 0 END
  FROM (VALUES ('d', day), ('m', date_trunc('month', day)::date)) AS g(grain, bucket)
  ON CONFLICT (grain, bucket, unit_id, topic_id, field_id) DO UPDATE SET
    received = s.received + excluded.received,
    answered = s.answered + excluded.answered,
    answered_on_time = s.answered_on_time + excluded.answered_on_time,
    answered_late = s.answered_late + excluded.answered_late,
    rejected = s.rejected + excluded.rejected,
    open = s.open + excluded.open,
    rated = s.rated + excluded.rated,
    satisfied = s.satisfied + excluded.satisfied;

  IF state = 'answered' AND f.handling_working_days IS NOT NULL THEN
    INSERT INTO feedback_figures_durations AS s (grain, unit_id, bucket, working_days, n)
    SELECT g.grain, f.unit_id, g.bucket, f.handling_working_days, sign
    FROM (VALUES ('d', day), ('m', date_trunc('month', day)::date)) AS g(grain, bucket)
    ON CONFLICT (grain, bucket, unit_id, working_days) DO UPDATE SET n = s.n + excluded.n;
  END IF;

  IF state = 'open' THEN
    INSERT INTO feedback_figures_open AS s (unit_id, received_day, topic_id, field_id, due_day, n)
    VALUES (f.unit_id, day, f.topic_id, fid, f.due_date, sign)
    ON CONFLICT (received_day, unit_id, topic_id, field_id, due_day) DO UPDATE SET n = s.n + excluded.n;
    IF sign < 0 THEN
      DELETE FROM feedback_figures_open
      WHERE received_day = day AND unit_id = f.unit_id AND topic_id = f.topic_id AND field_id = fid AND due_day = f.due_date AND n = 0;
    END IF;
  END IF;
END $$;

-- Kept in the same transaction as every write to a PAKN, whichever service makes it
-- (submission, Open311 intake, classify, transfer, answer, reject, rating, reopening): a
-- trigger cannot be forgotten by a new write path, and runs the same on PGlite and PostgreSQL.
CREATE FUNCTION feedback_figures_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND
     (OLD.unit_id, OLD.received_at, OLD.topic_id, OLD.field_id, OLD.status, OLD.due_date, OLD.answered_at, OLD.handling_working_days, OLD.rating)
     IS NOT DISTINCT FROM
     (NEW.unit_id, NEW.received_at, NEW.topic_id, NEW.field_id, NEW.status, NEW.due_date, NEW.answered_at, NEW.handling_working_days, NEW.rating) THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM feedback_figures_apply(OLD, -1); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM feedback_figures_apply(NEW, 1); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER feedback_figures_sync AFTER INSERT OR UPDATE OR DELETE ON feedback
  FOR EACH ROW EXECUTE FUNCTION feedback_figures_sync();

-- Rebuilds the summary from the PAKN in one pass (this migration; a bulk load).
CREATE FUNCTION feedback_figures_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM feedback_figures;
  DELETE FROM feedback_figures_durations;
  DELETE FROM feedback_figures_open;
  CREATE TEMP TABLE figures_facts ON COMMIT DROP AS
  SELECT unit_id, topic_id, coalesce(field_id, 0) AS field_id, due_date, handling_working_days, rating,
         (received_at AT TIME ZONE 'UTC' + interval '7 hours')::date AS day,
         CASE WHEN status IN ('da_tra_loi', 'dong') THEN 'answered' WHEN status = 'tu_choi' THEN 'rejected' ELSE 'open' END AS state,
         coalesce((answered_at AT TIME ZONE 'UTC' + interval '7 hours')::date <= due_date, false) AS on_time
  FROM feedback;
  INSERT INTO feedback_figures (grain, unit_id, bucket, topic_id, field_id, received, answered, answered_on_time,
                                answered_late, rejected, open, rated, satisfied)
  SELECT g.grain, x.unit_id, CASE WHEN g.grain = 'd' THEN x.day ELSE date_trunc('month', x.day)::date END, x.topic_id, x.field_id,
         count(*),
         count(*) FILTER (WHERE state = 'answered'),
         count(*) FILTER (WHERE state = 'answered' AND on_time),
         count(*) FILTER (WHERE state = 'answered' AND NOT on_time),
         count(*) FILTER (WHERE state = 'rejected'),
         count(*) FILTER (WHERE state = 'open'),
         count(*) FILTER (WHERE rating IS NOT NULL),
         count(*) FILTER (WHERE rating = 'hai_long')
  FROM figures_facts x CROSS JOIN (VALUES ('d'), ('m')) AS g(grain)
  GROUP BY 1, 2, 3, 4, 5;
  INSERT INTO feedback_figures_durations (grain, unit_id, bucket, working_days, n)
  SELECT g.grain, x.unit_id, CASE WHEN g.grain = 'd' THEN x.day ELSE date_trunc('month', x.day)::date END, x.handling_working_days, count(*)
  FROM figures_facts x CROSS JOIN (VALUES ('d'), ('m')) AS g(grain)
  WHERE x.state = 'answered' AND x.handling_working_days IS NOT NULL
  GROUP BY 1, 2, 3, 4;
  INSERT INTO feedback_figures_open (unit_id, received_day, topic_id, field_id, due_day, n)
  SELECT unit_id, day, topic_id, field_id, due_date, count(*) FROM figures_facts WHERE state = 'open' GROUP BY 1, 2, 3, 4, 5;
  DROP TABLE figures_facts;
END $$;

SELECT feedback_figures_rebuild();
