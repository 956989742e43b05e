-- The periodic report (báo cáo kết quả tuyên truyền CCHC): the texts an officer writes
-- into a unit's report for a period, and each province's rule for when reports are due.

-- One row per unit and period ('2026', '2026-H1', '2026-Q1'); saved with the version read.
CREATE TABLE report_texts (
  unit_id      integer NOT NULL REFERENCES units (id),
  period_key   text NOT NULL CHECK (period_key ~ '^\d{4}(-(H[12]|Q[1-4]))?$'),
  -- I. Kết quả chỉ đạo, điều hành; IV. Tồn tại, hạn chế; V. Phương hướng, nhiệm vụ.
  direction    text NOT NULL DEFAULT '',
  shortcomings text NOT NULL DEFAULT '',
  next_steps   text NOT NULL DEFAULT '',
  -- Số, ký hiệu ("15/BC-UBND"), the signer's title and name.
  number       text NOT NULL DEFAULT '',
  signer_title text NOT NULL DEFAULT '',
  signer_name  text NOT NULL DEFAULT '',
  version      integer NOT NULL DEFAULT 1,
  updated_by   integer REFERENCES officers (id),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (unit_id, period_key)
);

-- When a province's reports are due: before day `day_of_month` of the period's last
-- month (seed 000: "trước ngày 05 của tháng cuối kỳ"). One row per city (province level);
-- no row: that default.
CREATE TABLE report_due_settings (
  city_unit_id integer PRIMARY KEY REFERENCES units (id),
  day_of_month integer NOT NULL CHECK (day_of_month BETWEEN 1 AND 28),
  -- 'last_month': the period's last month; 'next_month': the month after the period.
  month_rule   text NOT NULL DEFAULT 'last_month' CHECK (month_rule IN ('last_month', 'next_month')),
  version      integer NOT NULL DEFAULT 1,
  updated_by   integer REFERENCES officers (id),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
