import { Type, type Static } from '@sinclair/typebox';
import { Slug } from './common.ts';
import { Severity } from './feedback.ts';

/** Shapes of the unit settings in the officers' console (/api/v1/console/settings/...). */

/** ?unit=<slug>: a city administrator acts on any unit; everyone else only on their own. */
export const ConsoleUnitQuery = Type.Object({ unit: Type.Optional(Slug) });

export const SettingsUnit = Type.Object({ slug: Type.String(), name: Type.String() });

const TopicName = Type.String({ minLength: 2, maxLength: 120 });

export const TopicSetting = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  /** The Open311 service code: kebab-case of the name without diacritics, fixed when the topic is created. */
  code: Type.String(),
  position: Type.Integer(),
  active: Type.Boolean(),
  /** PAKN filed under this topic: a topic in use can be deactivated, never deleted. */
  feedbackCount: Type.Integer(),
});

export const TopicSettings = Type.Object({ unit: SettingsUnit, items: Type.Array(TopicSetting) });

export const CreateTopicBody = Type.Object({ name: TopicName }, { additionalProperties: false });

export const UpdateTopicBody = Type.Object(
  {
    name: Type.Optional(TopicName),
    /** 0-based place in the unit's list; the others move to make room. */
    position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const TopicParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });

/** A unit's rule: answer within N working days for this severity (and topic, when given). */
export const DeadlineRule = Type.Object(
  {
    topicId: Type.Union([Type.Integer({ minimum: 1, maximum: 2_147_483_647 }), Type.Null()]),
    severity: Severity,
    workingDays: Type.Integer({ minimum: 0, maximum: 90 }),
  },
  { additionalProperties: false },
);

export const DeadlineDefault = Type.Object({
  /**
   * 'notice': notify the sender whether the PAKN is taken up (Luật Tiếp công dân 2013 Đ.28);
   * 'transfer': transfer a PAKN outside the unit's competence (NĐ 20/2008 Đ.9.1.d);
   * 'answer': the unit's own commitment to answer, by severity (no statute fixes it).
   */
  kind: Type.Union([Type.Literal('transfer'), Type.Literal('answer'), Type.Literal('notice')]),
  severity: Type.Union([Severity, Type.Null()]),
  /** Working days; for a deadline counted in working hours, 0 and see workingHours. */
  workingDays: Type.Integer(),
  /** Working hours over office hours (khẩn), or null for a deadline in working days. */
  workingHours: Type.Union([Type.Integer(), Type.Null()]),
  /** True when the law fixes this deadline: a unit may only set a shorter one. */
  statutory: Type.Boolean(),
  label: Type.String(),
  legalBasis: Type.String(),
});

/** A unit's stricter statutory deadlines, in working days; null: the law's. */
export const StatutoryDeadlines = Type.Object({
  transferWorkingDays: Type.Union([Type.Integer(), Type.Null()]),
  noticeWorkingDays: Type.Union([Type.Integer(), Type.Null()]),
});

export const DeadlineSettings = Type.Object({
  unit: SettingsUnit,
  defaults: Type.Array(DeadlineDefault),
  rules: Type.Array(Type.Intersect([DeadlineRule, Type.Object({ topicName: Type.Union([Type.String(), Type.Null()]) })])),
  /** The unit's own, shorter, transfer and notice deadlines. */
  statutory: StatutoryDeadlines,
});

const StricterDays = Type.Union([Type.Integer({ minimum: 1, maximum: 90 }), Type.Null()]);

export const PutDeadlinesBody = Type.Object(
  {
    rules: Type.Array(DeadlineRule, { maxItems: 500 }),
    /** Stricter than the law only (≤ 5 and ≤ 10 working days); null: the law's; absent: unchanged. */
    transferWorkingDays: Type.Optional(StricterDays),
    noticeWorkingDays: Type.Optional(StricterDays),
  },
  { additionalProperties: false },
);

export const ReopenDays = Type.Object({ unit: SettingsUnit, days: Type.Integer() });

export const PutReopenDaysBody = Type.Object(
  { days: Type.Integer({ minimum: 1, maximum: 365 }) },
  { additionalProperties: false },
);

export const CalendarParams = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) });

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });

export const CalendarYearBody = Type.Object(
  {
    /** Weekdays off: public holidays and days swapped around them. */
    daysOff: Type.Array(Day, { maxItems: 60 }),
    /** Saturdays or Sundays worked in exchange for a swapped day off. */
    workingDays: Type.Array(Day, { maxItems: 20 }),
    /** The deciding notice, e.g. "Thông báo số .../TB-BNV". */
    source: Type.String({ minLength: 5, maxLength: 500 }),
  },
  { additionalProperties: false },
);

export const CalendarYear = Type.Object({
  year: Type.Integer(),
  daysOff: Type.Array(Type.String()),
  workingDays: Type.Array(Type.String()),
  source: Type.String(),
  /**
   * 'saved': edited by an administrator; 'official': the preloaded table; 'computed': no table
   * entered, the statutory holidays computed from the law (Bộ luật Lao động 2019 Đ.112, Đ.111.3).
   */
  origin: Type.Union([Type.Literal('saved'), Type.Literal('official'), Type.Literal('computed')]),
  /** True for a computed year: deadlines counted over it are dự kiến until the official table is entered. */
  provisional: Type.Boolean(),
  /** What an administrator should check before relying on the table. */
  notes: Type.Array(Type.String()),
});

/** GET /api/v1/console/settings/calendar: the years around today and what a city administrator must do. */
export const CalendarOverview = Type.Object({
  years: Type.Array(Type.Object({
    year: Type.Integer(),
    origin: Type.Union([Type.Literal('saved'), Type.Literal('official'), Type.Literal('computed')]),
    provisional: Type.Boolean(),
  })),
  /** For a city administrator: enter the official table of this year (from 1 October for next year). Null otherwise. */
  reminder: Type.Union([Type.Object({ year: Type.Integer(), message: Type.String() }), Type.Null()]),
});

export type ConsoleUnitQueryT = Static<typeof ConsoleUnitQuery>;
export type TopicSettingT = Static<typeof TopicSetting>;
export type TopicSettingsT = Static<typeof TopicSettings>;
export type CreateTopicBodyT = Static<typeof CreateTopicBody>;
export type UpdateTopicBodyT = Static<typeof UpdateTopicBody>;
export type DeadlineRuleT = Static<typeof DeadlineRule>;
export type DeadlineDefaultT = Static<typeof DeadlineDefault>;
export type DeadlineSettingsT = Static<typeof DeadlineSettings>;
export type PutDeadlinesBodyT = Static<typeof PutDeadlinesBody>;
export type StatutoryDeadlinesT = Static<typeof StatutoryDeadlines>;
export type ReopenDaysT = Static<typeof ReopenDays>;
export type CalendarYearBodyT = Static<typeof CalendarYearBody>;
export type CalendarYearT = Static<typeof CalendarYear>;
export type CalendarOverviewT = Static<typeof CalendarOverview>;

// ── Lĩnh vực of PAKN (issue 8): the unit's managed list the classify form picks from ──
const FieldName = Type.String({ minLength: 2, maxLength: 120 });

export const FieldSetting = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  position: Type.Integer(),
  active: Type.Boolean(),
  /** PAKN classified under it: a lĩnh vực in use can be deactivated, never deleted. */
  feedbackCount: Type.Integer(),
});

export const FieldSettings = Type.Object({ unit: SettingsUnit, items: Type.Array(FieldSetting) });

export const CreateFieldBody = Type.Object({ name: FieldName }, { additionalProperties: false });

export const UpdateFieldBody = Type.Object(
  {
    name: Type.Optional(FieldName),
    /** 0-based place in the unit's list; the others move to make room. */
    position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const FieldParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });

export type FieldSettingT = Static<typeof FieldSetting>;
export type FieldSettingsT = Static<typeof FieldSettings>;
export type CreateFieldBodyT = Static<typeof CreateFieldBody>;
export type UpdateFieldBodyT = Static<typeof UpdateFieldBody>;
