-- Built-in holiday tables can be corrected in code: each row records which built-in version
-- it holds (a hash of its content), and whether a city administrator entered it. Rows from
-- before this migration have neither; the server decides on its next calendar load by
-- comparing their content with the tables it has shipped (calendar-sync.ts).
ALTER TABLE calendar_years ADD COLUMN builtin_hash text;
ALTER TABLE calendar_years ADD COLUMN edited_by_admin boolean NOT NULL DEFAULT false;

-- An urgent (khẩn) PAKN is due at an instant, counted in working hours over office hours;
-- due_date stays its calendar day (Vietnam time) for sorting and counting. Null: due by the
-- end of due_date, as every deadline counted in working days.
ALTER TABLE feedback ADD COLUMN due_at timestamptz;
