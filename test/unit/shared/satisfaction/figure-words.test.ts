import { describe, expect, it } from 'vitest';
import { formatCount, formatInterval, formatMean, formatPercent, lowSampleNote } from '../../../../shared/src/satisfaction/figure-words.ts';

describe('satisfaction figures in words', () => {
  it('writes Vietnamese numbers: comma decimals, dot thousands', () => {
    expect(formatPercent(0.8254)).toBe('82,5%');
    expect(formatPercent(1)).toBe('100,0%');
    expect(formatPercent(null)).toBe('—');
    expect(formatInterval({ low: 0.7812, high: 0.8646 })).toBe('78,1–86,5%');
    expect(formatInterval(null)).toBe('—');
    expect(formatMean(4.1234)).toBe('4,12');
    expect(formatMean(null)).toBe('—');
    expect(formatCount(12345)).toBe('12.345');
  });

  it('says how far a small sample falls short', () => {
    expect(lowSampleNote({ n: 40, requiredSample: 286 })).toBe('Mẫu 40 phiếu, dưới cỡ mẫu cần có 286 (sai số 5%): đọc số liệu thận trọng.');
    expect(lowSampleNote({ n: 3, requiredSample: null })).toBe('Mẫu 3 phiếu; chưa đủ để kết luận.');
  });
});
