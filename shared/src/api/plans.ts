/**
 * Shapes of the communication plan in the officers' console: plans with their tasks and
 * counted targets, and progress per target and period. Routes live under
 * /api/v1/console/units/{unit}/plans… and /api/v1/console/units/{unit}/progress/{period}.
 */
import { Type, type Static } from '@sinclair/typebox';
import { Channel, Kind, Periodicity } from '../plan/vocabulary.ts';

const Day = Type.String({ format: 'date', description: 'Ngày, dạng YYYY-MM-DD' });
const Text = (maxLength: number, minLength = 0) => Type.String({ minLength, maxLength });

/** One row of the plan's task table (nhiệm vụ cụ thể). */
export const PlanTaskInput = Type.Object(
  {
    content: Text(2000, 2),
    /** Cơ quan chủ trì. */
    lead: Text(300),
    /** Cơ quan phối hợp. */
    partners: Text(500),
    /** "Thường xuyên", "Quý I/2026", "Tháng 6/2026"… as the plan writes it. */
    timeframe: Text(200),
    /** Sản phẩm: what the task delivers. */
    product: Text(500),
  },
  { additionalProperties: false },
);

/** A counted target (chỉ tiêu): at least `minimum` of `kind` on `channel` every `periodicity`. */
export const PlanTargetInput = Type.Object(
  {
    /** The plan's own words: "Tối thiểu 02 tin, bài về công tác CCHC/tháng". */
    label: Text(300, 2),
    channel: Channel,
    kind: Kind,
    minimum: Type.Integer({ minimum: 1, maximum: 100000 }),
    periodicity: Periodicity,
    /** The responsible office (đơn vị thực hiện), e.g. "Phòng Văn hóa - Xã hội". */
    office: Text(300),
    /** Index (0-based) in `tasks` of the task this target belongs to, if any. */
    taskIndex: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
  },
  { additionalProperties: false },
);

export const PlanInput = Type.Object(
  {
    /** Số, ký hiệu: "45/KH-UBND". */
    number: Text(60),
    /** Ngày ban hành. */
    signedOn: Type.Union([Day, Type.Null()]),
    title: Text(500, 5),
    /** Căn cứ: one legal basis per entry. */
    legalBasis: Type.Array(Text(1000, 2), { maxItems: 50 }),
    /** The span the plan covers: a year, or a half-year. */
    from: Day,
    to: Day,
    tasks: Type.Array(PlanTaskInput, { maxItems: 300 }),
    targets: Type.Array(PlanTargetInput, { maxItems: 200 }),
  },
  { additionalProperties: false },
);

/** Saving over a plan names the version it was read at (409 when someone saved in between). */
// One object (not an Intersect): with additionalProperties: false on PlanInput, Ajv would refuse `version`.
export const PlanSaveBody = Type.Composite([PlanInput, Type.Object({ version: Type.Integer({ minimum: 1 }) })], { additionalProperties: false });

export const PlanTask = Type.Intersect([Type.Object({ id: Type.Integer(), position: Type.Integer() }), PlanTaskInput]);
export const PlanTarget = Type.Intersect([Type.Object({ id: Type.Integer(), position: Type.Integer() }), PlanTargetInput]);

export const Plan = Type.Object({
  id: Type.Integer(),
  unit: Type.Object({ slug: Type.String(), name: Type.String() }),
  number: Type.String(),
  signedOn: Type.Union([Day, Type.Null()]),
  title: Type.String(),
  legalBasis: Type.Array(Type.String()),
  from: Day,
  to: Day,
  tasks: Type.Array(PlanTask),
  targets: Type.Array(PlanTarget),
  version: Type.Integer(),
  updatedAt: Type.String({ format: 'date-time' }),
});

export const PlanSummary = Type.Object({
  id: Type.Integer(),
  number: Type.String(),
  title: Type.String(),
  from: Day,
  to: Day,
  taskCount: Type.Integer(),
  targetCount: Type.Integer(),
});
export const PlanList = Type.Object({ items: Type.Array(PlanSummary) });

export const PeriodInfo = Type.Object({
  key: Type.String({ description: '"2026", "2026-H1", "2026-Q1" hoặc "2026-03"' }),
  kind: Periodicity,
  label: Type.String({ description: '"quý I/2026"…' }),
  from: Day,
  to: Day,
});

/**
 * met: the period closed at or above the minimum (đạt) — or reached it early;
 * missed: it closed below (chưa đạt); ongoing: open and still below (đang thực hiện — còn N ngày);
 * upcoming: not begun.
 */
export const ProgressStatus = Type.Union([Type.Literal('met'), Type.Literal('missed'), Type.Literal('ongoing'), Type.Literal('upcoming')]);

export const TargetProgress = Type.Object({
  targetId: Type.Integer(),
  label: Type.String(),
  channel: Channel,
  kind: Kind,
  office: Type.String(),
  periodicity: Periodicity,
  /** The target's own period (a month of a quarter asked, say). */
  period: PeriodInfo,
  done: Type.Integer(),
  required: Type.Integer(),
  status: ProgressStatus,
  /** Calendar days left in the period, today included (0 when closed). */
  daysLeft: Type.Integer(),
  /** Open, below target and close to its end (the warning to the responsible office). */
  atRisk: Type.Boolean(),
});

export const UnitProgress = Type.Object({
  unit: Type.Object({ slug: Type.String(), name: Type.String() }),
  period: PeriodInfo,
  /** The plan covering the period, or null (then `targets` is empty and the page says so). */
  plan: Type.Union([PlanSummary, Type.Null()]),
  targets: Type.Array(TargetProgress),
  summary: Type.Object({ met: Type.Integer(), missed: Type.Integer(), ongoing: Type.Integer(), upcoming: Type.Integer(), atRisk: Type.Integer() }),
});

/**
 * The city view: every commune's standing for a period, the most behind first. Its targets are
 * counted here but not sent (a city's year is ~27,000 target-periods, ~9 MB): a commune's own
 * targets are GET …/units/{commune}/progress/{period}, read when its row is opened.
 */
export const CityProgressRow = Type.Object({
  unit: Type.Object({ slug: Type.String(), name: Type.String() }),
  hasPlan: Type.Boolean(),
  met: Type.Integer(),
  missed: Type.Integer(),
  ongoing: Type.Integer(),
  atRisk: Type.Integer(),
  /** Share of targets met or on track, 0–1; null without a plan. */
  score: Type.Union([Type.Number(), Type.Null()]),
  /** How many target-periods the commune has in the period (each target in each of its periods). */
  targetCount: Type.Integer({ minimum: 0 }),
});
export const CityProgress = Type.Object({ period: PeriodInfo, items: Type.Array(CityProgressRow) });

export type PlanInputT = Static<typeof PlanInput>;
export type PlanSaveBodyT = Static<typeof PlanSaveBody>;
export type PlanTaskInputT = Static<typeof PlanTaskInput>;
export type PlanTargetInputT = Static<typeof PlanTargetInput>;
export type PlanT = Static<typeof Plan>;
export type PlanTaskT = Static<typeof PlanTask>;
export type PlanTargetT = Static<typeof PlanTarget>;
export type PlanSummaryT = Static<typeof PlanSummary>;
export type PeriodInfoT = Static<typeof PeriodInfo>;
export type ProgressStatusT = Static<typeof ProgressStatus>;
export type TargetProgressT = Static<typeof TargetProgress>;
export type UnitProgressT = Static<typeof UnitProgress>;
export type CityProgressRowT = Static<typeof CityProgressRow>;
export type CityProgressT = Static<typeof CityProgress>;
