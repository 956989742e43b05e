/**
 * PAKN figures for a unit or the whole city over a range of days
 * (GET /api/v1/console/units/{unit}/figures?from=&to= or ?period=2026-Q1).
 * A city unit's figures cover every commune of the city; `byUnit` then has one row each.
 */
import { Type, type Static } from '@sinclair/typebox';

const Bucket = Type.Object({
  name: Type.String(),
  received: Type.Integer(),
  answered: Type.Integer(),
  answeredOnTime: Type.Integer(),
  overdue: Type.Integer(),
});

export const PaknFigures = Type.Object({
  from: Type.String({ format: 'date' }),
  to: Type.String({ format: 'date' }),
  /** Received in the range (by received day, Viet Nam time). */
  received: Type.Integer(),
  /** Of those, answered (at any time up to now), answered by their due date, and open or answered past it. */
  answered: Type.Integer(),
  answeredOnTime: Type.Integer(),
  overdue: Type.Integer(),
  open: Type.Integer(),
  rejected: Type.Integer(),
  /** Median working days from receipt to answer, over the answered; null when none. */
  medianWorkingDays: Type.Union([Type.Number(), Type.Null()]),
  rated: Type.Integer(),
  satisfied: Type.Integer(),
  /** satisfied / rated, 0–1; null when none rated. */
  satisfiedShare: Type.Union([Type.Number(), Type.Null()]),
  byTopic: Type.Array(Bucket),
  /** By lĩnh vực (the managed list). */
  byField: Type.Array(Bucket),
  byUnit: Type.Array(Type.Intersect([Bucket, Type.Object({ slug: Type.String() })])),
  /** Received per month of the range: on time vs overdue, for the chart. */
  byMonth: Type.Array(Type.Object({ month: Type.String({ description: 'YYYY-MM' }), received: Type.Integer(), answeredOnTime: Type.Integer(), overdue: Type.Integer() })),
});

export type PaknFiguresT = Static<typeof PaknFigures>;
