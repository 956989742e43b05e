/**
 * The report as data: from the plan, the counted rows, highlights, progress and PAKN
 * figures of a period, the sections of seed 001's report in order. Pure: both files
 * (Word, spreadsheet) and the console page are drawn from this one model, so they
 * carry the same numbers.
 */
import type { PaknFiguresT } from '@cchc/shared/api/figures';
import type { PlanT, TargetProgressT, UnitProgressT } from '@cchc/shared/api/plans';
import type { ReportChannelT, ReportHighlightT, ReportT, ReportTargetT, ReportTextsT } from '@cchc/shared/api/reports';
import type { SatisfactionFiguresT } from '@cchc/shared/api/satisfaction';
import type { Period } from '@cchc/shared/plan/periods';
import { CHANNELS, KINDS, type ChannelT, type CountRowT, type KindT } from '@cchc/shared/plan/vocabulary';
import {
  NO_COUNTS,
  NO_PLAN,
  NO_SATISFACTION,
  count2,
  countText,
  defaultDirection,
  defaultNextSteps,
  defaultRecipients,
  defaultShortcomings,
  inSentence,
  percent,
  placeName,
  vnDate,
  vnDateWords,
} from './report-wording.ts';

/** Seed 001's order: trực quan, truyền thanh and the portal, online channels, hội nghị, trực tiếp. */
export const CHANNEL_ORDER: ChannelT[] = ['truc_quan', 'dai_truyen_thanh', 'cong_thong_tin', 'fanpage', 'zalo_oa', 'mini_app', 'hoi_nghi', 'truc_tiep', 'khac'];
const KIND_ORDER = Object.keys(KINDS) as KindT[];

export interface ReportInput {
  unit: { slug: string; name: string };
  period: Period;
  /** Viet Nam day the report is drawn up. */
  today: string;
  plan: PlanT | null;
  counts: CountRowT[];
  highlights: ReportHighlightT[];
  progress: UnitProgressT | null;
  pakn: PaknFiguresT | null;
  /** The survey's figures of the period (issue 10), when wired. */
  sipas?: SatisfactionFiguresT | null;
  texts: ReportTextsT;
}

/** Rows summed per channel then kind, in the report's order; empty channels left out. */
export function groupCounts(rows: CountRowT[]): ReportChannelT[] {
  const sums = new Map<ChannelT, Map<KindT, { count: number; attendees: number }>>();
  for (const r of rows) {
    const byKind = sums.get(r.channel) ?? new Map();
    sums.set(r.channel, byKind);
    const s = byKind.get(r.kind) ?? { count: 0, attendees: 0 };
    s.count += r.count;
    s.attendees += r.attendees;
    byKind.set(r.kind, s);
  }
  const out: ReportChannelT[] = [];
  for (const channel of CHANNEL_ORDER) {
    const byKind = sums.get(channel);
    if (!byKind) continue;
    const items = KIND_ORDER.filter((k) => byKind.has(k))
      .map((kind) => ({ kind, ...byKind.get(kind)! }))
      .filter((i) => i.count > 0 || i.attendees > 0)
      .map((i) => ({ kind: i.kind, label: KINDS[i.kind].label, count: i.count, attendees: i.attendees, text: countText(i.kind, i.count, i.attendees) }));
    if (items.length === 0) continue;
    out.push({ channel, label: CHANNELS[channel], items, attendees: items.reduce((a, i) => a + i.attendees, 0) });
  }
  return out;
}

export function statusLabel(t: Pick<TargetProgressT, 'status' | 'daysLeft'>): string {
  switch (t.status) {
    case 'met':
      return 'Đạt';
    case 'missed':
      return 'Chưa đạt';
    case 'ongoing':
      return `Đang thực hiện (còn ${t.daysLeft} ngày)`;
    default:
      return 'Chưa đến kỳ';
  }
}

function targetRows(progress: UnitProgressT | null): ReportTargetT[] {
  return (progress?.targets ?? []).map((t) => ({
    label: t.label,
    channel: t.channel,
    kind: t.kind,
    office: t.office,
    period: t.period.label,
    done: t.done,
    required: t.required,
    status: t.status,
    statusLabel: statusLabel(t),
  }));
}

export function paknLines(f: PaknFiguresT | null): string[] {
  if (!f) return ['Chưa có số liệu phản ánh, kiến nghị trong kỳ.'];
  if (f.received === 0) return [`Từ ngày ${vnDate(f.from)} đến ngày ${vnDate(f.to)}, không tiếp nhận phản ánh, kiến nghị nào qua kênh tiếp nhận trực tuyến.`];
  const lines = [
    `Từ ngày ${vnDate(f.from)} đến ngày ${vnDate(f.to)}, tiếp nhận ${count2(f.received)} phản ánh, kiến nghị; đã trả lời ${count2(f.answered)}, trong đó ${count2(f.answeredOnTime)} đúng hạn; ${count2(f.overdue)} quá hạn; ${count2(f.open)} đang xử lý; ${count2(f.rejected)} không thuộc phạm vi hoặc không đủ điều kiện xử lý.`,
  ];
  if (f.medianWorkingDays !== null) lines.push(`Thời gian xử lý trung vị: ${String(f.medianWorkingDays).replace('.', ',')} ngày làm việc.`);
  if (f.byField.length > 0) lines.push(`Theo lĩnh vực: ${f.byField.map((b) => `${b.name} ${count2(b.received)}`).join('; ')}.`);
  return lines;
}

/** The satisfaction section: the survey's index per factor with its interval, the 766 ratios, the weakest criteria. */
export function sipasLines(f: SatisfactionFiguresT | null): string[] {
  if (!f || f.responses === 0) return ['Chưa có phiếu khảo sát sự hài lòng trong kỳ.'];
  const share = (x: { share: number | null; ci: { low: number; high: number } | null; n: number; lowSample: boolean }) =>
    x.share === null ? 'chưa có ý kiến' : `${percent(x.share)} (khoảng tin cậy 95%: ${percent(x.ci!.low)}–${percent(x.ci!.high)}; ${count2(x.n)} ý kiến${x.lowSample ? ', mẫu chưa đủ lớn' : ''})`;
  const lines = [
    `Qua ${count2(f.responses)} phiếu khảo sát sự hài lòng theo mô hình SIPAS, chỉ số hài lòng chung đạt ${share(f.overall)}.`,
    ...f.factors.map((x) => `- ${x.name}: ${share(x)}.`),
  ];
  const r = f.ratios;
  const ratio = (x: { name: string; ratio: number | null; numerator: number; denominator: number }) => `${x.name}: ${x.ratio === null ? 'chưa có số liệu' : `${percent(x.ratio)} (${count2(x.numerator)}/${count2(x.denominator)})`}`;
  lines.push(`Theo Quyết định số 766/QĐ-TTg: ${ratio(r.paknOnTime)}; ${ratio(r.paknSatisfied)}; ${ratio(r.tthcSatisfied)}.`);
  if (f.weakest.length > 0) lines.push(`Các tiêu chí được đánh giá thấp nhất: ${f.weakest.map((c) => `${c.text} (điểm trung bình ${String(c.mean).replace('.', ',')})`).join('; ')}.`);
  return lines;
}

function satisfaction(f: PaknFiguresT | null): ReportT['satisfaction'] {
  if (!f || f.rated === 0) return { rated: 0, satisfied: 0, share: null, text: NO_SATISFACTION };
  const share = f.satisfiedShare ?? f.satisfied / f.rated;
  return { rated: f.rated, satisfied: f.satisfied, share, text: `Có ${count2(f.rated)} lượt đánh giá, trong đó ${count2(f.satisfied)} lượt hài lòng (${percent(share)}).` };
}

function planSentence(unitName: string, plan: PlanT | null): string {
  if (!plan) return NO_PLAN;
  const number = plan.number ? ` số ${plan.number}` : '';
  const date = plan.signedOn ? ` ngày ${vnDate(plan.signedOn)}` : '';
  return `UBND ${inSentence(unitName)} ban hành Kế hoạch${number}${date}: ${plan.title}.`;
}

export function buildReport(input: ReportInput): ReportT {
  const { unit, period, plan, texts } = input;
  const channels = groupCounts(input.counts);
  const targets = targetRows(plan ? input.progress : null);
  const missing: string[] = [];
  if (!plan) missing.push(NO_PLAN);
  if (channels.length === 0) missing.push(NO_COUNTS);
  const missed = targets.filter((t) => t.status === 'missed').map((t) => `${t.label} (${t.done}/${t.required}, ${t.period})`);
  const summary = { met: 0, missed: 0, ongoing: 0, upcoming: 0 };
  for (const t of targets) summary[t.status]++;
  return {
    unit,
    period: { key: period.key, kind: period.kind, label: period.label, from: period.from, to: period.to },
    header: {
      agency: ['ỦY BAN NHÂN DÂN', unit.name.toLocaleUpperCase('vi')],
      number: `Số: ${texts.number.trim() || '      /BC-UBND'}`,
      nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      placeDate: `${placeName(unit.name)}, ${vnDateWords(input.today)}`,
      docType: 'BÁO CÁO',
      subject: `Kết quả thực hiện công tác tuyên truyền cải cách hành chính ${period.label}`,
    },
    missing,
    plan: plan ? { number: plan.number, signedOn: plan.signedOn, title: plan.title } : null,
    direction: { planSentence: planSentence(unit.name, plan), text: texts.direction.trim() || defaultDirection(unit.name) },
    channels,
    highlights: input.highlights,
    targets,
    targetSummary: summary,
    pakn: input.pakn,
    paknLines: paknLines(input.pakn),
    satisfaction: satisfaction(input.pakn),
    sipas: input.sipas ? { responses: input.sipas.responses, overall: input.sipas.overall, factors: input.sipas.factors, ratios: input.sipas.ratios, weakest: input.sipas.weakest } : null,
    sipasLines: sipasLines(input.sipas ?? null),
    shortcomings: texts.shortcomings.trim() || defaultShortcomings(missed),
    nextSteps: texts.nextSteps.trim() || defaultNextSteps(unit.name),
    recipients: defaultRecipients(unit.name),
    signer: { onBehalf: 'TM. ỦY BAN NHÂN DÂN', title: texts.signerTitle.trim() || 'CHỦ TỊCH', name: texts.signerName.trim() },
    texts,
  };
}
