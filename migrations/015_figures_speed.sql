-- PAKN figures, faster (issue 8: a city's figures over a million PAKN under 300 ms).
--
-- 013 kept month rows ('m') and day rows ('d') in the same tables, so a year's month rows
-- lay scattered among ~650,000 day rows and a city's read scanned them all. From here:
--   * feedback_figures and feedback_figures_durations hold the day rows only (grain 'd'),
--     read for the days of a month cut by either end of a range;
--   * the month rows move to their own small tables, feedback_figures_months (by topic and
--     by lĩnh vực apart) and feedback_figures_month_durations, read for the whole months;
--   * "open past due" is read as open (from the counts) minus "open, not yet due": only the
--     open PAKN due today or later, a few weeks' worth, are read from feedback_figures_open
--     through an index on due_day, instead of every open PAKN of the range row by row.
-- The trigger feedback_figures_sync (013) stays; the function it calls now writes the new
-- tables, and feedback_figures_rebuild() rebuilds all of them.

-- The rebuild at the end reads every PAKN: past the server's 15 s statement timeout on a
-- million of them. For this migration's transaction only.
SET LOCAL statement_timeout = 0;

-- One row per unit, month and topic (dim 't', key = topic_id) and per unit, month and lĩnh
-- vực (dim 'f', key = field_id, 0: not classified): the figures need each on its own, never
-- topic × lĩnh vực, so a month of a unit is ~9 rows instead of ~18.
CREATE TABLE feedback_figures_months (
  month            date NOT NULL,
  unit_id          integer NOT NULL,
  dim              char(1) NOT NULL CHECK (dim IN ('t', 'f')),
  key              integer NOT NULL,
  received         integer NOT NULL DEFAULT 0,
  answered         integer NOT NULL DEFAULT 0,
  answered_on_time integer NOT NULL DEFAULT 0,
  answered_late    integer NOT NULL DEFAULT 0,
  rejected         integer NOT NULL DEFAULT 0,
  open             integer NOT NULL DEFAULT 0,
  rated            integer NOT NULL DEFAULT 0,
  satisfied        integer NOT NULL DEFAULT 0,
  PRIMARY KEY (month, unit_id, dim, key)
);

CREATE TABLE feedback_figures_month_durations (
  month        date NOT NULL,
  unit_id      integer NOT NULL,
  working_days integer NOT NULL,
  n            integer NOT NULL DEFAULT 0,
  PRIMARY KEY (month, unit_id, working_days)
);

CREATE INDEX feedback_figures_open_due_idx ON feedback_figures_open (due_day);

-- Adds (sign 1) or removes (sign -1) one PAKN's facts: its day rows, its month rows and,
-- while it is open, its due day.
CREATE OR REPLACE FUNCTION feedback_figures_apply(f feedback, sign integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  day date := (f.received_at AT TIME ZONE 'UTC' + interval '7 hours')::date;
  received_month date := date_trunc('month', (f.received_at AT TIME ZONE 'UTC' + interval '7 hours')::date)::date;
  state text := CASE WHEN f.status IN ('da_tra_loi', 'dong') THEN 'answered' WHEN f.status = 'tu_choi' THEN 'rejected' ELSE 'open' END;
  on_time boolean := coalesce((f.answered_at AT TIME ZONE 'UTC' + interval '7 hours')::date <= f.due_date, false);
  fid integer := coalesce(f.field_id, 0);
  c_answered integer := CASE WHEN state = 'answered' THEN sign ELSE 0 END;
  c_on_time integer := CASE WHEN state = 'answered' AND on_time THEN sign ELSE 0 END;
  c_late integer := CASE WHEN state = 'answered' AND NOT on_time THEN sign ELSE 0 END;
  c_rejected integer := CASE WHEN state = 'rejected' THEN sign ELSE 0 END;
  c_open integer := CASE WHEN state = 'open' THEN sign ELSE 0 END;
  c_rated integer := CASE WHEN f.rating IS NOT NULL THEN sign ELSE 0 END;
  c_satisfied integer := CASE WHEN f.rating = 'hai_long' THEN sign ELSE 0 END;
BEGIN
  INSERT INTO feedback_figures AS s (grain, unit_id, bucket, topic_id, field_id, received, answered, answered_on_time,
                                     answered_late, rejected, open, rated, satisfied)
  VALUES ('d', f.unit_id, day, f.topic_id, fid, sign, c_answered, c_on_time, c_late, c_rejected, c_open, c_rated, c_satisfied)
  ON CONFLICT (grain, bucket, unit_id, topic_id, field_id) DO UPDATE SET
    received = s.received + excluded.received,
    answered = s.answered + excluded.answered,
    answered_on_time = s.answered_on_time + excluded.answered_on_time,
    answered_late = s.answered_late + excluded.answered_late,
    rejected = s.rejected + excluded.rejected,
    open = s.open + excluded.open,
    rated = s.rated + excluded.rated,
    satisfied = s.satisfied + excluded.satisfied;

  INSERT INTO feedback_figures_months AS s (month, unit_id, dim, key, received, answered, answered_on_time,
                                            answered_late, rejected, open, rated, satisfied)
  SELECT received_month, f.unit_id, k.dim, k.key, sign, c_answered, c_on_time, c_late, c_rejected, c_open, c_rated, c_satisfied
  FROM (VALUES ('t', f.topic_id), ('f', fid)) AS k(dim, key)
  ON CONFLICT (month, unit_id, dim, key) DO UPDATE SET
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
    VALUES ('d', f.unit_id, day, f.handling_working_days, sign)
    ON CONFLICT (grain, bucket, unit_id, working_days) DO UPDATE SET n = s.n + excluded.n;
    INSERT INTO feedback_figures_month_durations AS s (month, unit_id, working_days, n)
    VALUES (received_month, f.unit_id, f.handling_working_days, sign)
    ON CONFLICT (month, unit_id, working_days) DO UPDATE SET n = s.n + excluded.n;
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

-- Rebuilds the summary from the PAKN in one pass (this migration; a bulk load).
CREATE OR REPLACE FUNCTION feedback_figures_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM feedback_figures;
  DELETE FROM feedback_figures_durations;
  DELETE FROM feedback_figures_months;
  DELETE FROM feedback_figures_month_durations;
  DELETE FROM feedback_figures_open;
  CREATE TEMP TABLE figures_facts ON COMMIT DROP AS
  SELECT unit_id, topic_id, coalesce(field_id, 0) AS field_id, due_date, handling_working_days, rating,
         (received_at AT TIME ZONE 'UTC' + interval '7 hours')::date AS day,
         CASE WHEN status IN ('da_tra_loi', 'dong') THEN 'answered' WHEN status = 'tu_choi' THEN 'rejected' ELSE 'open' END AS state,
         coalesce((answered_at AT TIME ZONE 'UTC' + interval '7 hours')::date <= due_date, false) AS on_time
  FROM feedback;
  INSERT INTO feedback_figures (grain, unit_id, bucket, topic_id, field_id, received, answered, answered_on_time,
                                answered_late, rejected, open, rated, satisfied)
  SELECT 'd', unit_id, day, topic_id, field_id,
         count(*),
         count(*) FILTER (WHERE state = 'answered'),
         count(*) FILTER (WHERE state = 'answered' AND on_time),
         count(*) FILTER (WHERE state = 'answered' AND NOT on_time),
         count(*) FILTER (WHERE state = 'rejected'),
         count(*) FILTER (WHERE state = 'open'),
         count(*) FILTER (WHERE rating IS NOT NULL),
         count(*) FILTER (WHERE rating = 'hai_long')
  FROM figures_facts
  GROUP BY unit_id, day, topic_id, field_id
  ORDER BY day, unit_id, topic_id, field_id;
  -- Month rows from the day rows, in month order (a year's rows lie together).
  INSERT INTO feedback_figures_months (month, unit_id, dim, key, received, answered, answered_on_time,
                                       answered_late, rejected, open, rated, satisfied)
  SELECT date_trunc('month', d.bucket)::date AS month, d.unit_id, k.dim, k.key, sum(received), sum(answered), sum(answered_on_time),
         sum(answered_late), sum(rejected), sum(open), sum(rated), sum(satisfied)
  FROM feedback_figures d CROSS JOIN LATERAL (VALUES ('t', d.topic_id), ('f', d.field_id)) AS k(dim, key)
  GROUP BY 1, 2, 3, 4
  ORDER BY 1, 2, 3, 4;
  INSERT INTO feedback_figures_durations (grain, unit_id, bucket, working_days, n)
  SELECT 'd', unit_id, day, handling_working_days, count(*)
  FROM figures_facts
  WHERE state = 'answered' AND handling_working_days IS NOT NULL
  GROUP BY unit_id, day, handling_working_days;
  INSERT INTO feedback_figures_month_durations (month, unit_id, working_days, n)
  SELECT date_trunc('month', bucket)::date AS month, unit_id, working_days, sum(n)
  FROM feedback_figures_durations
  GROUP BY 1, 2, 3
  ORDER BY 1, 2, 3;
  INSERT INTO feedback_figures_open (unit_id, received_day, topic_id, field_id, due_day, n)
  SELECT unit_id, day, topic_id, field_id, due_date, count(*) FROM figures_facts WHERE state = 'open' GROUP BY 1, 2, 3, 4, 5;
  DROP TABLE figures_facts;
END $$;

SELECT feedback_figures_rebuild();
