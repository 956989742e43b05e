-- Communication plans (kế hoạch tuyên truyền CCHC): one per unit and span (a year or a
-- half-year), with the appendix's task table and the counted targets (chỉ tiêu). A save
-- replaces tasks and targets in one transaction and bumps `version` (409 on a stale one).
-- Overlapping spans of one unit are refused by the service under a transaction-scoped
-- advisory lock per unit (no btree_gist on every engine).

CREATE TABLE plans (
  id          serial PRIMARY KEY,
  unit_id     integer NOT NULL REFERENCES units (id),
  number      text NOT NULL DEFAULT '',
  signed_on   date,
  title       text NOT NULL,
  legal_basis jsonb NOT NULL DEFAULT '[]',
  starts_on   date NOT NULL,
  ends_on     date NOT NULL,
  version     integer NOT NULL DEFAULT 1,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT plans_span_ordered CHECK (ends_on >= starts_on)
);
CREATE INDEX plans_unit_span ON plans (unit_id, starts_on, ends_on);

CREATE TABLE plan_tasks (
  id        serial PRIMARY KEY,
  plan_id   integer NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  position  integer NOT NULL,
  content   text NOT NULL,
  lead      text NOT NULL DEFAULT '',
  partners  text NOT NULL DEFAULT '',
  timeframe text NOT NULL DEFAULT '',
  product   text NOT NULL DEFAULT '',
  UNIQUE (plan_id, position)
);

CREATE TABLE plan_targets (
  id            serial PRIMARY KEY,
  plan_id       integer NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  position      integer NOT NULL,
  label         text NOT NULL,
  channel       text NOT NULL,
  kind          text NOT NULL,
  minimum       integer NOT NULL CHECK (minimum > 0),
  periodicity   text NOT NULL CHECK (periodicity IN ('month', 'quarter', 'half', 'year')),
  office        text NOT NULL DEFAULT '',
  -- The position in plan_tasks of the task the target belongs to, if any.
  task_position integer,
  UNIQUE (plan_id, position)
);
