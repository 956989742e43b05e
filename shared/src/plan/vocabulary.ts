/**
 * What a communication plan counts and where: the vocabulary shared by plans (targets),
 * activities, articles, progress, dashboards and the periodic report. Targets, activities
 * and counts name a channel and a kind from these lists; labels are the words of the plans.
 */
import { Type, type Static } from '@sinclair/typebox';
import { CHANNEL_ORDER, KIND_ORDER, PERIODICITY_ORDER } from './labels.ts';

export * from './labels.ts';

export const Channel = Type.Union(CHANNEL_ORDER.map((k) => Type.Literal(k)), { description: 'Kênh tuyên truyền' });
export const Kind = Type.Union(KIND_ORDER.map((k) => Type.Literal(k)), { description: 'Loại sản phẩm, hoạt động được đếm' });
export const Periodicity = Type.Union(PERIODICITY_ORDER.map((k) => Type.Literal(k)), { description: 'Chu kỳ lặp của chỉ tiêu' });

/**
 * One counted fact, as every source of counts (activities, articles, reader counts)
 * gives it to progress and to the report: per unit, Viet Nam calendar day, channel and kind.
 * `count` adds up (items, people, visits); `attendees` is the attendance where it applies.
 */
export const CountRow = Type.Object({
  unitId: Type.Integer(),
  day: Type.String({ format: 'date' }),
  channel: Channel,
  kind: Kind,
  count: Type.Integer({ minimum: 0 }),
  attendees: Type.Integer({ minimum: 0 }),
});
export type CountRowT = Static<typeof CountRow>;

/**
 * A source of counted facts over an inclusive range of Viet Nam calendar days, one row per
 * unit, day, channel and kind. Given `spans` (sorted days, the first being fromDay; see
 * `count-spans.ts`), it sums per span instead: a row's `day` is then its span's first day.
 */
export interface CountSource {
  counts(unitIds: number[], fromDay: string, toDay: string, spans?: readonly string[]): Promise<CountRowT[]>;
}
