import { Type, type Static } from '@sinclair/typebox';
import { Slug } from './common.ts';

export const UnitKind = Type.Union([
  Type.Literal('city'),
  Type.Literal('commune'),
  Type.Literal('ward'),
  Type.Literal('special_zone'),
]);

export const UnitSummary = Type.Object({
  slug: Type.String(),
  name: Type.String(),
  kind: UnitKind,
  parentSlug: Type.Union([Type.String(), Type.Null()]),
});

export const OfficeHours = Type.Object({
  days: Type.String({ description: 'e.g. "Thứ Hai – Thứ Sáu"' }),
  hours: Type.String({ description: 'e.g. "Sáng 7:30 – 11:30, chiều 13:30 – 17:00"' }),
});

export const UnitDetail = Type.Intersect([
  UnitSummary,
  Type.Object({
    address: Type.Union([Type.String(), Type.Null()]),
    officeHours: Type.Array(OfficeHours),
    isDemo: Type.Boolean(),
  }),
]);

export const UnitParams = Type.Object({ unit: Slug });

export type UnitKindT = Static<typeof UnitKind>;
export type UnitSummaryT = Static<typeof UnitSummary>;
export type UnitDetailT = Static<typeof UnitDetail>;
export type OfficeHoursT = Static<typeof OfficeHours>;
