import type { IndexFigureT, Ratio766T } from '@cchc/shared/api/satisfaction';
import { requiredSample, wilson } from './wilson.ts';

/** Answers per level: index 0 unused, 1..5 the counts of rất không hài lòng … rất hài lòng. */
export type Histogram = [number, number, number, number, number, number];

export const emptyHistogram = (): Histogram => [0, 0, 0, 0, 0, 0];

export function addTo(h: Histogram, value: number, n: number): void {
  if (value >= 1 && value <= 5) h[value] += n;
}

export function merge(into: Histogram, from: Histogram): Histogram {
  for (let v = 1; v <= 5; v++) into[v] += from[v];
  return into;
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * The SIPAS index of one question's answers: the share of hài lòng and rất hài lòng (4–5), its
 * 95 % Wilson interval, the mean score, and whether the sample is below N/(1+N·e²), e = 5 %.
 */
export function indexOf(h: Histogram, population: number | null): IndexFigureT {
  const n = h[1] + h[2] + h[3] + h[4] + h[5];
  const satisfied = h[4] + h[5];
  const ci = wilson(satisfied, n);
  const required = requiredSample(population);
  return {
    n,
    satisfied,
    share: n > 0 ? round(satisfied / n) : null,
    ci: ci && { low: round(ci.low), high: round(ci.high) },
    mean: n > 0 ? round((h[1] + 2 * h[2] + 3 * h[3] + 4 * h[4] + 5 * h[5]) / n, 2) : null,
    population,
    requiredSample: required,
    lowSample: required !== null && n < required,
  };
}

export function ratio(name: string, numerator: number, denominator: number, note: string): Ratio766T {
  return { name, numerator, denominator, ratio: denominator > 0 ? round(numerator / denominator) : null, note };
}

/**
 * The three satisfaction ratios of Quyết định 766/QĐ-TTg (DOMAIN.md §5) for a range:
 *  - PAKN xử lý đúng hạn = answered on time / PAKN within competence (received, not rejected);
 *  - hài lòng trong xử lý PAKN = (within competence − overdue − rated không hài lòng at least
 *    once, by every rating ever given) / within competence;
 *  - hài lòng trong tiếp nhận, giải quyết TTHC = overall survey answers that are not "không hài
 *    lòng" (1–2) / overall answers: the survey stands for the dossiers, whose own ratings and
 *    lateness are the national system's (documented proxy).
 */
export function ratios766(pakn: { received: number; rejected: number; answeredOnTime: number; overdue: number; unsatisfiedNotOverdue: number }, overall: Histogram) {
  const within = Math.max(0, pakn.received - pakn.rejected);
  const answers = overall[1] + overall[2] + overall[3] + overall[4] + overall[5];
  return {
    paknOnTime: ratio('Tỷ lệ PAKN xử lý đúng hạn', pakn.answeredOnTime, within,
      'Số PAKN trả lời đúng hạn trên tổng số PAKN thuộc thẩm quyền (tiếp nhận trong kỳ, không kể PAKN bị từ chối).'),
    paknSatisfied: ratio('Tỷ lệ hài lòng trong xử lý PAKN', Math.max(0, within - pakn.overdue - pakn.unsatisfiedNotOverdue), within,
      'Tổng số PAKN trừ số PAKN trả lời trễ hạn hoặc bị đánh giá không hài lòng (tính mọi lần đánh giá, kể cả trước khi mở lại), trên tổng số PAKN.'),
    tthcSatisfied: ratio('Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC', answers - overall[1] - overall[2], answers,
      'Theo phiếu khảo sát: số phiếu không đánh giá "không hài lòng" hoặc "rất không hài lòng" ở câu hài lòng chung, trên tổng số phiếu (thay cho số hồ sơ của hệ thống một cửa).'),
  };
}
