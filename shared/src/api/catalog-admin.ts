import { Type, type Static } from '@sinclair/typebox';
import { Decision, GuideStep, OnlineLevel, ProcedureStatus } from './catalog.ts';
import { HttpUrl, Paging, Slug } from './common.ts';

/**
 * Shapes of catalog maintenance in the officers' console (/api/v1/console/catalog/...).
 * The editable procedure itself is the server's ProcedureInput (the import shape).
 */

const Day = Type.String({ format: 'date', description: 'YYYY-MM-DD' });

/** The deciding document, e.g. "Quyết định số 1234/QĐ-UBND ngày 01/10/2026 của UBND thành phố Hải Phòng". */
const DecisionText = Type.String({ minLength: 5, maxLength: 500 });

export const AdminProcedureQuery = Type.Object({
  unit: Type.Optional(Slug),
  q: Type.Optional(Type.String({ maxLength: 200 })),
  status: Type.Optional(ProcedureStatus),
  limit: Paging.limit,
  offset: Paging.offset,
});

export const AdminProcedureItem = Type.Object({
  code: Type.String(),
  name: Type.String(),
  field: Type.String(),
  onlineLevel: OnlineLevel,
  status: ProcedureStatus,
  updatedAt: Type.String(),
});

export const AdminProcedureList = Type.Object({ items: Type.Array(AdminProcedureItem), total: Type.Integer() });

export const AdminProcedureParams = Type.Object({ code: Type.String({ maxLength: 60 }) });

export const AdminProcedureMeta = {
  status: ProcedureStatus,
  updatedAt: Type.String(),
  history: Type.Array(Decision),
};

/** Optional on a full edit: with a decision the change is recorded as an amendment. */
export const EditDecision = {
  decision: Type.Optional(DecisionText),
  decidedOn: Type.Optional(Day),
};

export const ProcedureStatusBody = Type.Object(
  {
    status: Type.Union([Type.Literal('amended'), Type.Literal('repealed')]),
    decision: DecisionText,
    decidedOn: Type.Optional(Day),
  },
  { additionalProperties: false },
);

export const RejectedRow = Type.Object({
  row: Type.Integer({ description: 'Record number in the file; for a spreadsheet the row number (header = 1)' }),
  code: Type.String(),
  problems: Type.Array(Type.String()),
});

export const ImportReport = Type.Object({
  created: Type.Array(Type.String()),
  updated: Type.Array(Type.String()),
  unchanged: Type.Array(Type.String()),
  rejected: Type.Array(RejectedRow),
});

/** A refused import: the usual error plus, when rows were read, the per-row report. Nothing was written. */
export const ImportRefused = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String() }),
  report: Type.Optional(ImportReport),
});

export const HotlineInput = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 200 }),
    phone: Type.String({ minLength: 3, maxLength: 20, pattern: '^[0-9 +().-]+$', description: 'Digits, spaces, + ( ) . -' }),
    purpose: Type.String({ maxLength: 1000, default: '' }),
    hours: Type.String({ maxLength: 200, default: '' }),
  },
  { additionalProperties: false },
);

export const HotlinesBody = Type.Object({ items: Type.Array(HotlineInput, { maxItems: 50 }) }, { additionalProperties: false });

export const GuideInput = Type.Object(
  {
    title: Type.String({ minLength: 3, maxLength: 200 }),
    summary: Type.String({ maxLength: 1000, default: '' }),
    steps: Type.Array(
      Type.Object({ title: Type.String({ minLength: 1, maxLength: 200 }), body: Type.String({ maxLength: 5000 }) }, { additionalProperties: false }),
      { minItems: 1, maxItems: 50 },
    ),
    links: Type.Array(
      Type.Object({ label: Type.String({ minLength: 1, maxLength: 200 }), url: HttpUrl() }, { additionalProperties: false }),
      { maxItems: 20, default: [] },
    ),
    /** 0-based place in the unit's list; a new guide goes last when omitted. */
    position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
  },
  { additionalProperties: false },
);

export const AdminGuideParams = Type.Object({ slug: Slug });

export const AdminGuide = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  steps: Type.Array(GuideStep),
  links: Type.Array(Type.Object({ label: Type.String(), url: Type.String() })),
  position: Type.Integer(),
});

export type AdminProcedureQueryT = Static<typeof AdminProcedureQuery>;
export type AdminProcedureItemT = Static<typeof AdminProcedureItem>;
export type AdminProcedureListT = Static<typeof AdminProcedureList>;
export type ProcedureStatusBodyT = Static<typeof ProcedureStatusBody>;
export type ImportReportT = Static<typeof ImportReport>;
export type HotlineInputT = Static<typeof HotlineInput>;
export type GuideInputT = Static<typeof GuideInput>;
export type AdminGuideT = Static<typeof AdminGuide>;
