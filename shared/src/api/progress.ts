/** Progress answers beyond plans.ts: the warnings banner and the monthly series for the dashboard's charts. */
import { Type, type Static } from '@sinclair/typebox';
import { Channel, Kind } from '../plan/vocabulary.ts';
import { TargetProgress } from './plans.ts';

const UnitRef = Type.Object({ slug: Type.String(), name: Type.String() });

export const ProgressWarnings = Type.Object({
  today: Type.String({ format: 'date' }),
  /** Targets at risk today (the period closes soon below target), with the office and days left. */
  items: Type.Array(Type.Intersect([Type.Object({ unit: UnitRef }), TargetProgress])),
});
export type ProgressWarningsT = Static<typeof ProgressWarnings>;

export const ProgressSeries = Type.Object({
  from: Type.String({ format: 'date' }),
  to: Type.String({ format: 'date' }),
  items: Type.Array(Type.Object({ month: Type.String({ description: 'YYYY-MM' }), channel: Channel, kind: Kind, count: Type.Integer() })),
});
export type ProgressSeriesT = Static<typeof ProgressSeries>;
