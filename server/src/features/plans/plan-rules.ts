/**
 * What makes a plan acceptable beyond its schema: a span of at most a year, in order;
 * minimums a commune can really count; targets pointing at tasks that exist. Pure.
 */
import type { PlanInputT } from '@cchc/shared/api/plans';
import { KINDS, PERIODICITIES, type KindT, type PeriodicityT } from '@cchc/shared/plan/vocabulary';
import { cleanText } from '@cchc/shared/text/normalize';
import { InvalidInputError } from '../../lib/domain-errors.ts';

/** Counted items (tin bài, buổi, băng rôn…) above these per period are typing mistakes, not plans. */
export const ITEM_CAPS: Record<PeriodicityT, number> = { month: 1000, quarter: 3000, half: 6000, year: 12000 };
/** Kinds that count people or visits: only the schema's cap (100000) applies. */
const PEOPLE_KINDS = new Set<KindT>(['hoc_vien', 'luot_tham_du', 'luot_truy_cap']);

export function vnDate(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

const invalid = (message: string) => new InvalidInputError('VALIDATION_FAILED', message);

function isRealDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const t = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === day;
}

/** The day one year after `day` (29/2 → 28/2). */
function oneYearAfter(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const t = new Date(Date.UTC(y + 1, m - 1, d));
  if (t.getUTCMonth() !== m - 1) t.setUTCDate(0);
  return t.toISOString().slice(0, 10);
}

/** NFC-cleaned strings, checked against the rules; throws InvalidInputError with what to fix. */
export function checkPlanInput(raw: PlanInputT): PlanInputT {
  const input: PlanInputT = {
    number: cleanText(raw.number),
    signedOn: raw.signedOn,
    title: cleanText(raw.title),
    legalBasis: raw.legalBasis.map(cleanText).filter((x) => x !== ''),
    from: raw.from,
    to: raw.to,
    tasks: raw.tasks.map((t) => ({ content: cleanText(t.content), lead: cleanText(t.lead), partners: cleanText(t.partners), timeframe: cleanText(t.timeframe), product: cleanText(t.product) })),
    targets: raw.targets.map((t) => ({ ...t, label: cleanText(t.label), office: cleanText(t.office) })),
  };
  if (input.title.length < 5) throw invalid('Tên kế hoạch cần ít nhất 5 ký tự.');
  for (const [name, day] of [['Ngày bắt đầu', input.from], ['Ngày kết thúc', input.to], ['Ngày ban hành', input.signedOn]] as const) {
    if (day !== null && !isRealDay(day)) throw invalid(`${name} không phải một ngày có thật (cần dạng YYYY-MM-DD).`);
  }
  if (input.to < input.from) {
    throw invalid(`Ngày kết thúc (${vnDate(input.to)}) đứng trước ngày bắt đầu (${vnDate(input.from)}). Vui lòng sửa lại thời gian của kế hoạch.`);
  }
  if (input.to >= oneYearAfter(input.from)) {
    throw invalid(`Kế hoạch dài hơn một năm (${vnDate(input.from)} – ${vnDate(input.to)}). Mỗi kế hoạch dành cho một năm hoặc 6 tháng; hãy tách thành các kế hoạch theo năm.`);
  }
  input.tasks.forEach((t, i) => {
    if (t.content.length < 2) throw invalid(`Nhiệm vụ số ${i + 1} chưa có nội dung.`);
  });
  input.targets.forEach((t, i) => {
    const n = i + 1;
    if (t.label.length < 2) throw invalid(`Chỉ tiêu số ${n} chưa có nội dung (ví dụ: "Tối thiểu 02 tin, bài/tháng").`);
    if (!PEOPLE_KINDS.has(t.kind) && t.minimum > ITEM_CAPS[t.periodicity]) {
      throw invalid(
        `Chỉ tiêu số ${n} ("${t.label}") đặt tối thiểu ${t.minimum} ${KINDS[t.kind].unit}/${PERIODICITIES[t.periodicity]}, quá lớn so với thực tế ` +
          `(tối đa ${ITEM_CAPS[t.periodicity]}). Vui lòng kiểm tra lại con số hoặc chu kỳ.`,
      );
    }
    if (t.taskIndex !== null && t.taskIndex >= input.tasks.length) {
      throw invalid(`Chỉ tiêu số ${n} gắn với nhiệm vụ số ${t.taskIndex + 1}, nhưng kế hoạch chỉ có ${input.tasks.length} nhiệm vụ. Hãy chọn lại nhiệm vụ.`);
    }
  });
  return input;
}
