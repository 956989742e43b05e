/**
 * Shapes of the activities of the communication plan in the officers' console: what
 * officers did on every channel other than the Mini App's articles, one at a time or as
 * an office's monthly batch, with a link or a file as evidence. Routes live under
 * /api/v1/console/units/{unit}/activities….
 */
import { Type, type Static } from '@sinclair/typebox';
import { HttpUrl, INT4_MAX, Slug } from './common.ts';
import { Channel, Kind } from '../plan/vocabulary.ts';

/** The most people one entry may claim (a commune-wide conference is a few thousand). */
export const MAX_ATTENDEES = 100_000;
/** The most items one entry may stand for. */
export const MAX_COUNT = 100_000;
/** The largest evidence file (an audio file for the loudspeakers fits). */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
/** What an evidence file may be, by its content (checked by its magic bytes). */
export const EVIDENCE_TYPES = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  pdf: 'application/pdf',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

const Day = Type.String({ format: 'date', description: 'Ngày (giờ Việt Nam), dạng YYYY-MM-DD' });
const Text = (maxLength: number, minLength = 0) => Type.String({ minLength, maxLength });
const Count = Type.Integer({ minimum: 0, maximum: MAX_COUNT, description: 'Số sản phẩm, hoạt động mà mục này ghi nhận' });
const Attendees = Type.Integer({ minimum: 0, maximum: MAX_ATTENDEES, description: 'Số người tham dự (hội nghị, đối thoại, tập huấn…)' });
export const MonthKey = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', description: 'Tháng, dạng YYYY-MM' });

export const ActivityInput = Type.Object(
  {
    day: Day,
    channel: Channel,
    kind: Kind,
    title: Text(500, 2),
    link: Type.Optional(Type.Union([HttpUrl({ description: 'Đường dẫn minh chứng (http, https)' }), Type.Null()])),
    count: Type.Optional(Count),
    attendees: Type.Optional(Attendees),
    office: Type.Optional(Text(300)),
    note: Type.Optional(Text(2000)),
  },
  { additionalProperties: false },
);
export type ActivityInputT = Static<typeof ActivityInput>;

export const ActivityUpdate = Type.Composite([ActivityInput, Type.Object({ version: Type.Integer({ minimum: 1, maximum: INT4_MAX }) })], { additionalProperties: false });
export type ActivityUpdateT = Static<typeof ActivityUpdate>;

export const Evidence = Type.Object({
  fileName: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
  /** Where an officer who may read the unit downloads it. */
  url: Type.String(),
});
export type EvidenceT = Static<typeof Evidence>;

export const Activity = Type.Object({
  id: Type.Integer(),
  day: Type.String({ format: 'date' }),
  channel: Channel,
  kind: Kind,
  title: Type.String(),
  link: Type.Union([Type.String(), Type.Null()]),
  count: Type.Integer(),
  attendees: Type.Integer(),
  office: Type.String(),
  note: Type.String(),
  /** The month ('YYYY-MM') of the office's batch this entry is a row of; null for a single entry. */
  batchMonth: Type.Union([Type.String(), Type.Null()]),
  evidence: Type.Union([Evidence, Type.Null()]),
  version: Type.Integer(),
});
export type ActivityT = Static<typeof Activity>;

export const ActivityParams = Type.Object({ unit: Slug, id: Type.Integer({ minimum: 1, maximum: INT4_MAX }) });
export const UnitParams = Type.Object({ unit: Slug });
export const BatchParams = Type.Object({ unit: Slug, month: MonthKey });

export const ActivityListQuery = Type.Object(
  {
    period: Type.Optional(Type.String({ pattern: '^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$', description: 'Kỳ: 2026, 2026-H1, 2026-Q1, 2026-03' })),
    channel: Type.Optional(Channel),
    kind: Type.Optional(Kind),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  },
  { additionalProperties: false },
);
export type ActivityListQueryT = Static<typeof ActivityListQuery>;

export const ActivityList = Type.Object({
  items: Type.Array(Activity),
  total: Type.Integer(),
  /** Sums over every entry matching the filters (not only this page). */
  totals: Type.Object({ count: Type.Integer(), attendees: Type.Integer() }),
});
export type ActivityListT = Static<typeof ActivityList>;

export const BatchRow = Type.Object(
  {
    channel: Channel,
    kind: Kind,
    count: Count,
    attendees: Type.Optional(Attendees),
    title: Type.Optional(Text(500)),
  },
  { additionalProperties: false },
);
export type BatchRowT = Static<typeof BatchRow>;

/** An office's counts for a month: re-sending it replaces that office's batch for the month. */
export const BatchBody = Type.Object(
  {
    office: Text(300, 2),
    rows: Type.Array(BatchRow, { maxItems: 200 }),
  },
  { additionalProperties: false },
);
export type BatchBodyT = Static<typeof BatchBody>;

export const Batch = Type.Object({
  month: Type.String(),
  office: Type.String(),
  /** The day the batch's entries are counted on: the month's last day, or today for the current month. */
  day: Type.String({ format: 'date' }),
  items: Type.Array(Activity),
});
export type BatchT = Static<typeof Batch>;

/** Every office's batch for a month, to show and to prefill the form. */
export const BatchMonth = Type.Object({ month: Type.String(), batches: Type.Array(Batch) });
export type BatchMonthT = Static<typeof BatchMonth>;
