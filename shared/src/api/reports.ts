/**
 * The periodic report (báo cáo kết quả tuyên truyền CCHC) in the officers' console:
 * GET /api/v1/console/units/{unit}/reports/{period}?format=json|docx|xlsx, its editable
 * texts (…/reports/{period}/texts), the province's due-date rule (…/units/{city}/report-due)
 * and the next reports due (…/reports/upcoming). Periods are quarters, half-years, years.
 */
import { Type, type Static } from '@sinclair/typebox';
import { CriterionFigure, FactorFigure, IndexFigure, Ratios766 } from './satisfaction.ts';
import { PaknFigures } from './figures.ts';
import { PeriodInfo, ProgressStatus } from './plans.ts';
import { Channel, Kind } from '../plan/vocabulary.ts';

const Day = Type.String({ format: 'date', description: 'Ngày, dạng YYYY-MM-DD' });
const Text = (maxLength: number) => Type.String({ maxLength });

export const ReportParams = Type.Object({
  unit: Type.String({ minLength: 1, maxLength: 100 }),
  period: Type.String({ minLength: 1, maxLength: 20, description: '"2026-Q1", "2026-H1" hoặc "2026"' }),
});
export const ReportUnitParams = Type.Object({ unit: Type.String({ minLength: 1, maxLength: 100 }) });

export const ReportFormat = Type.Union([Type.Literal('json'), Type.Literal('docx'), Type.Literal('xlsx')], { default: 'json' });
export const ReportQuery = Type.Object({ format: Type.Optional(ReportFormat) }, { additionalProperties: false });

/** The texts an officer writes into the report; empty means "use the default wording". */
export const ReportTextsInput = Type.Object(
  {
    /** I. Kết quả chỉ đạo, điều hành (after the sentence naming the plan). */
    direction: Text(20000),
    /** IV. Tồn tại, hạn chế. */
    shortcomings: Text(20000),
    /** V. Phương hướng, nhiệm vụ. */
    nextSteps: Text(20000),
    /** Số, ký hiệu: "15/BC-UBND". */
    number: Text(60),
    /** Chức vụ người ký: "CHỦ TỊCH", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH". */
    signerTitle: Text(200),
    signerName: Text(200),
  },
  { additionalProperties: false },
);
/** Saving names the version read (0: never saved); a stale version answers 409. */
export const ReportTextsBody = Type.Object({ ...ReportTextsInput.properties, version: Type.Integer({ minimum: 0 }) }, { additionalProperties: false });
export const ReportTexts = Type.Intersect([
  ReportTextsInput,
  Type.Object({ version: Type.Integer(), updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]) }),
]);

export const ReportCountItem = Type.Object({
  kind: Kind,
  label: Type.String(),
  count: Type.Integer(),
  attendees: Type.Integer(),
  /** "60 tin, bài", "09 buổi, 550 lượt người tham dự". */
  text: Type.String(),
});
export const ReportChannel = Type.Object({
  channel: Channel,
  label: Type.String(),
  items: Type.Array(ReportCountItem),
  attendees: Type.Integer(),
});
export const ReportHighlight = Type.Object({
  day: Day,
  channel: Channel,
  kind: Kind,
  title: Type.String(),
  count: Type.Integer(),
  attendees: Type.Integer(),
});
export const ReportTarget = Type.Object({
  label: Type.String(),
  channel: Channel,
  kind: Kind,
  office: Type.String(),
  period: Type.String({ description: 'Kỳ của chỉ tiêu: "tháng 3/2026"…' }),
  done: Type.Integer(),
  required: Type.Integer(),
  status: ProgressStatus,
  /** "Đạt", "Chưa đạt", "Đang thực hiện (còn 5 ngày)", "Chưa đến kỳ". */
  statusLabel: Type.String(),
});

export const Report = Type.Object({
  unit: Type.Object({ slug: Type.String(), name: Type.String() }),
  period: PeriodInfo,
  header: Type.Object({
    /** Cơ quan ban hành, upper case lines: ["ỦY BAN NHÂN DÂN", "PHƯỜNG KINH MÔN"]. */
    agency: Type.Array(Type.String()),
    /** "Số: 15/BC-UBND" or "Số:      /BC-UBND" when not yet numbered. */
    number: Type.String(),
    nation: Type.String(),
    motto: Type.String(),
    /** "Kinh Môn, ngày      tháng      năm 2026". */
    placeDate: Type.String(),
    docType: Type.String(),
    subject: Type.String(),
  }),
  /** What the report could not fill in, said plainly ("Chưa có kế hoạch tuyên truyền CCHC cho kỳ này"). */
  missing: Type.Array(Type.String()),
  plan: Type.Union([Type.Object({ number: Type.String(), signedOn: Type.Union([Day, Type.Null()]), title: Type.String() }), Type.Null()]),
  direction: Type.Object({ planSentence: Type.String(), text: Type.String() }),
  channels: Type.Array(ReportChannel),
  highlights: Type.Array(ReportHighlight),
  targets: Type.Array(ReportTarget),
  targetSummary: Type.Object({ met: Type.Integer(), missed: Type.Integer(), ongoing: Type.Integer(), upcoming: Type.Integer() }),
  pakn: Type.Union([PaknFigures, Type.Null()]),
  /** The PAKN figures in sentences, as section III prints them. */
  paknLines: Type.Array(Type.String()),
  satisfaction: Type.Object({ rated: Type.Integer(), satisfied: Type.Integer(), share: Type.Union([Type.Number(), Type.Null()]), text: Type.String() }),
  /** The survey's satisfaction index (SIPAS) and the 766 ratios of the period (issue 10); null when not wired. */
  sipas: Type.Union([
    Type.Object({
      responses: Type.Integer(),
      overall: IndexFigure,
      factors: Type.Array(FactorFigure),
      ratios: Ratios766,
      weakest: Type.Array(CriterionFigure),
    }),
    Type.Null(),
  ]),
  /** The satisfaction section in sentences. */
  sipasLines: Type.Array(Type.String()),
  shortcomings: Type.String(),
  nextSteps: Type.String(),
  recipients: Type.Array(Type.String()),
  signer: Type.Object({ onBehalf: Type.String(), title: Type.String(), name: Type.String() }),
  texts: ReportTexts,
});

/** A province's rule: reports are due before `dayOfMonth` of the period's last month (or the month after). */
export const ReportDueRuleInput = Type.Object(
  {
    dayOfMonth: Type.Integer({ minimum: 1, maximum: 28, description: 'Ngày trong tháng (1–28)' }),
    monthRule: Type.Union([Type.Literal('last_month'), Type.Literal('next_month')], { description: 'last_month: tháng cuối kỳ; next_month: tháng sau kỳ' }),
  },
  { additionalProperties: false },
);
export const ReportDueRuleBody = Type.Object({ ...ReportDueRuleInput.properties, version: Type.Integer({ minimum: 0 }) }, { additionalProperties: false });
export const ReportDueRule = Type.Intersect([
  ReportDueRuleInput,
  Type.Object({ unit: Type.Object({ slug: Type.String(), name: Type.String() }), isDefault: Type.Boolean(), version: Type.Integer(), description: Type.String() }),
]);

export const UpcomingReport = Type.Object({
  period: PeriodInfo,
  /** Reports must be sent before this day. */
  dueBefore: Day,
  /** Calendar days left to send it, today included (0 when the due day has come). */
  daysLeft: Type.Integer(),
  /** Close enough that the dashboard reminds of it. */
  remind: Type.Boolean(),
});
export const UpcomingReports = Type.Object({ today: Day, items: Type.Array(UpcomingReport) });

export type ReportTextsInputT = Static<typeof ReportTextsInput>;
export type ReportTextsBodyT = Static<typeof ReportTextsBody>;
export type ReportTextsT = Static<typeof ReportTexts>;
export type ReportT = Static<typeof Report>;
export type ReportChannelT = Static<typeof ReportChannel>;
export type ReportTargetT = Static<typeof ReportTarget>;
export type ReportHighlightT = Static<typeof ReportHighlight>;
export type ReportDueRuleInputT = Static<typeof ReportDueRuleInput>;
export type ReportDueRuleBodyT = Static<typeof ReportDueRuleBody>;
export type ReportDueRuleT = Static<typeof ReportDueRule>;
export type UpcomingReportT = Static<typeof UpcomingReport>;
export type UpcomingReportsT = Static<typeof UpcomingReports>;
export type ReportFormatT = Static<typeof ReportFormat>;
