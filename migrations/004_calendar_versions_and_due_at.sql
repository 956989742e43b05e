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

-- A unit may set stricter deadlines than the law where the law fixes one (null: the law's):
-- transferring a PAKN outside its competence (NĐ 20/2008/NĐ-CP Đ.9.1.d: 05 working days) and
-- the notice of handling (Luật Tiếp công dân 2013 Đ.28: 10 working days).
ALTER TABLE units ADD COLUMN transfer_working_days integer CHECK (transfer_working_days BETWEEN 1 AND 5);
ALTER TABLE units ADD COLUMN notice_working_days integer CHECK (notice_working_days BETWEEN 1 AND 10);
