-- The city administrator's queue spans every unit: open items of all units by
-- deadline, without sorting every open row (feedback_queue_idx leads with unit_id).
CREATE INDEX feedback_queue_all_idx ON feedback (due_date, id)
  WHERE status IN ('moi', 'da_tiep_nhan', 'dang_xu_ly', 'da_chuyen', 'mo_lai');
