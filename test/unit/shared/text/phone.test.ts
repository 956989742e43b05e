import { describe, expect, it } from 'vitest';
import { formatVietnamPhone, maskVietnamPhone } from '../../../../shared/src/text/phone.ts';

describe('phone numbers as people write them', () => {
  it('formats Zalo’s 84… and national forms, mobile 4-3-3 and landline 4-4-3', () => {
    expect(formatVietnamPhone('84912345678')).toBe('0912 345 678');
    expect(formatVietnamPhone('0912345678')).toBe('0912 345 678');
    expect(formatVietnamPhone('+84 912.345.678')).toBe('0912 345 678');
    expect(formatVietnamPhone('842253999011')).toBe('0225 3999 011');
    expect(formatVietnamPhone('12345')).toBe('12345');
  });

  it('masks the middle group', () => {
    expect(maskVietnamPhone('84912345678')).toBe('0912 *** 678');
    expect(maskVietnamPhone('02253999011')).toBe('0225 **** 011');
  });
});
