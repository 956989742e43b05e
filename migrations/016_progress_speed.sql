-- Progress for a whole city (issue 8's figure: 114 units × 20 targets × 12 months in < 300 ms)
-- reads the counted facts of whole months from per-month sums instead of every activity and
-- every article's reader day. Each sum is kept by statement triggers on its table, in the same
-- transaction as every write (entries, batch re-sends, deletes, cascades, reader flushes), so no
-- write path can forget it, and it runs the same on PGlite and PostgreSQL. A span of days inside
-- a month (a plan beginning or ending in it) still reads the daily rows.

-- activities feature: sums per unit, month (its first day), channel and kind.
CREATE TABLE activity_month_counts (
  unit_id   integer NOT NULL,
  month     date NOT NULL CHECK (extract(day FROM month) = 1),
  channel   text NOT NULL,
  kind      text NOT NULL,
  count     integer NOT NULL DEFAULT 0,
  attendees integer NOT NULL DEFAULT 0,
  PRIMARY KEY (unit_id, month, channel, kind)
);

-- Adds the statement's inserted rows and takes off its deleted ones (an update: both), in key
-- order so that two writers never deadlock on the sums; changes that move no sum touch no row.
CREATE FUNCTION activity_month_counts_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO activity_month_counts AS s (unit_id, month, channel, kind, count, attendees)
    SELECT unit_id, date_trunc('month', day)::date, channel, kind, sum(count), sum(attendees)
    FROM new_rows GROUP BY 1, 2, 3, 4 HAVING sum(count) <> 0 OR sum(attendees) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (unit_id, month, channel, kind) DO UPDATE SET count = s.count + excluded.count, attendees = s.attendees + excluded.attendees;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO activity_month_counts AS s (unit_id, month, channel, kind, count, attendees)
    SELECT unit_id, date_trunc('month', day)::date, channel, kind, -sum(count), -sum(attendees)
    FROM old_rows GROUP BY 1, 2, 3, 4 HAVING sum(count) <> 0 OR sum(attendees) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (unit_id, month, channel, kind) DO UPDATE SET count = s.count + excluded.count, attendees = s.attendees + excluded.attendees;
  ELSE
    INSERT INTO activity_month_counts AS s (unit_id, month, channel, kind, count, attendees)
    SELECT unit_id, month, channel, kind, sum(count), sum(attendees) FROM (
      SELECT unit_id, date_trunc('month', day)::date AS month, channel, kind, count, attendees FROM new_rows
      UNION ALL
      SELECT unit_id, date_trunc('month', day)::date, channel, kind, -count, -attendees FROM old_rows
    ) d GROUP BY 1, 2, 3, 4 HAVING sum(count) <> 0 OR sum(attendees) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (unit_id, month, channel, kind) DO UPDATE SET count = s.count + excluded.count, attendees = s.attendees + excluded.attendees;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER activity_month_counts_insert AFTER INSERT ON activities
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_month_counts_sync();
CREATE TRIGGER activity_month_counts_update AFTER UPDATE ON activities
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_month_counts_sync();
CREATE TRIGGER activity_month_counts_delete AFTER DELETE ON activities
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_month_counts_sync();

INSERT INTO activity_month_counts (unit_id, month, channel, kind, count, attendees)
SELECT unit_id, date_trunc('month', day)::date, channel, kind, sum(count), sum(attendees)
FROM activities GROUP BY 1, 2, 3, 4 HAVING sum(count) <> 0 OR sum(attendees) <> 0;

-- articles feature: readers and shares per unit and month, from the reader days (which the
-- reader flushes upsert: their inserted and updated rows both reach this sum).
CREATE TABLE article_reader_months (
  unit_id integer NOT NULL,
  month   date NOT NULL CHECK (extract(day FROM month) = 1),
  readers integer NOT NULL DEFAULT 0,
  shares  integer NOT NULL DEFAULT 0,
  PRIMARY KEY (unit_id, month)
);

CREATE FUNCTION article_reader_months_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO article_reader_months AS s (unit_id, month, readers, shares)
    SELECT unit_id, date_trunc('month', day)::date, sum(readers), sum(shares)
    FROM new_rows GROUP BY 1, 2 HAVING sum(readers) <> 0 OR sum(shares) <> 0 ORDER BY 1, 2
    ON CONFLICT (unit_id, month) DO UPDATE SET readers = s.readers + excluded.readers, shares = s.shares + excluded.shares;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO article_reader_months AS s (unit_id, month, readers, shares)
    SELECT unit_id, date_trunc('month', day)::date, -sum(readers), -sum(shares)
    FROM old_rows GROUP BY 1, 2 HAVING sum(readers) <> 0 OR sum(shares) <> 0 ORDER BY 1, 2
    ON CONFLICT (unit_id, month) DO UPDATE SET readers = s.readers + excluded.readers, shares = s.shares + excluded.shares;
  ELSE
    INSERT INTO article_reader_months AS s (unit_id, month, readers, shares)
    SELECT unit_id, month, sum(readers), sum(shares) FROM (
      SELECT unit_id, date_trunc('month', day)::date AS month, readers, shares FROM new_rows
      UNION ALL
      SELECT unit_id, date_trunc('month', day)::date, -readers, -shares FROM old_rows
    ) d GROUP BY 1, 2 HAVING sum(readers) <> 0 OR sum(shares) <> 0 ORDER BY 1, 2
    ON CONFLICT (unit_id, month) DO UPDATE SET readers = s.readers + excluded.readers, shares = s.shares + excluded.shares;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER article_reader_months_insert AFTER INSERT ON article_reader_days
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_reader_months_sync();
CREATE TRIGGER article_reader_months_update AFTER UPDATE ON article_reader_days
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_reader_months_sync();
CREATE TRIGGER article_reader_months_delete AFTER DELETE ON article_reader_days
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION article_reader_months_sync();

INSERT INTO article_reader_months (unit_id, month, readers, shares)
SELECT unit_id, date_trunc('month', day)::date, sum(readers), sum(shares)
FROM article_reader_days GROUP BY 1, 2 HAVING sum(readers) <> 0 OR sum(shares) <> 0;
