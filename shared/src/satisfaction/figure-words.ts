/*
 * Satisfaction figures in words, the same in the Mini App's public page and the console: Vietnamese number
 * style (82,5%; 4,12), a 95 % interval as a range, and the sentence a low sample earns.
 */

const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 1234 → "1.234". */
export const formatCount = (n: number) => integer.format(n);

/** 0.8254 → "82,5%"; null (no answer) → "—". */
export const formatPercent = (share: number | null) => (share === null ? '—' : `${oneDecimal.format(Math.round(share * 1000) / 10)}%`);

/** {low: 0.781, high: 0.864} → "78,1–86,4%"; null → "—". */
export const formatInterval = (ci: { low: number; high: number } | null) =>
  ci === null ? '—' : `${oneDecimal.format(Math.round(ci.low * 1000) / 10)}–${oneDecimal.format(Math.round(ci.high * 1000) / 10)}%`;

/** 4.1234 → "4,12" (of 5); null → "—". */
export const formatMean = (mean: number | null) => (mean === null ? '—' : twoDecimals.format(mean));

/** What a reader is told when the sample is below n = N/(1+N·e²). */
export function lowSampleNote(figure: { n: number; requiredSample: number | null }): string {
  return figure.requiredSample === null
    ? `Mẫu ${formatCount(figure.n)} phiếu; chưa đủ để kết luận.`
    : `Mẫu ${formatCount(figure.n)} phiếu, dưới cỡ mẫu cần có ${formatCount(figure.requiredSample)} (sai số 5%): đọc số liệu thận trọng.`;
}
