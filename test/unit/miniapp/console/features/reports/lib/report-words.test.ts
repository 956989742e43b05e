import { describe, expect, it } from 'vitest';
import { dueSaveErrorText, saveErrorText, targetSummaryText, targetTone, upcomingText } from '../../../../../../../miniapp/src/console/features/reports/lib/report-words.ts';

/** The shape of the API client's ApiError (that module needs Vite's import.meta.env). */
const apiError = (message: string, status: number) => Object.assign(new Error(message), { status, code: 'X' });
const period = { key: '2026-Q4', kind: 'quarter' as const, label: 'quý IV/2026', from: '2026-10-01', to: '2026-12-31' };

describe('the report page’s words', () => {
  it('says when an upcoming report is due, with the date as dd/mm/yyyy', () => {
    expect(upcomingText({ period, dueBefore: '2026-12-05', daysLeft: 3 })).toBe('Báo cáo quý IV/2026: gửi trước ngày 05/12/2026 — còn 3 ngày.');
    expect(upcomingText({ period, dueBefore: '2026-12-05', daysLeft: 0 })).toBe('Báo cáo quý IV/2026: gửi trước ngày 05/12/2026 — đã đến hạn.');
  });

  it('sums up targets, leaving out empty ongoing and upcoming counts', () => {
    expect(targetSummaryText({ met: 8, missed: 2, ongoing: 0, upcoming: 0 })).toBe('Đạt: 8 · Chưa đạt: 2');
    expect(targetSummaryText({ met: 1, missed: 0, ongoing: 2, upcoming: 3 })).toBe('Đạt: 1 · Chưa đạt: 0 · Đang thực hiện: 2 · Chưa đến kỳ: 3');
    expect(targetTone('met')).toBe('ok');
    expect(targetTone('missed')).toBe('bad');
  });

  it('says a stale save was overtaken and offers a reload; other errors keep the server’s words', () => {
    const conflict = saveErrorText(apiError('Stale', 409));
    expect(conflict.conflict).toBe(true);
    expect(conflict.text).toMatch(/Người khác vừa lưu/);
    expect(conflict.text).toMatch(/tải lại/i);
    expect(saveErrorText(apiError('Nội dung quá dài.', 400))).toEqual({ text: 'Nội dung quá dài.', conflict: false });
    expect(saveErrorText(new Error('x')).conflict).toBe(false);
  });
});

describe('saving the report due rule', () => {
  it('says a newer save elsewhere in words and points to "Tải lại", and passes the server’s message on', () => {
    expect(dueSaveErrorText(apiError('Conflict', 409))).toMatch(/người khác thay đổi.*Tải lại/);
    expect(dueSaveErrorText(apiError('Chỉ quản trị thành phố đặt hạn gửi báo cáo cho cả thành phố.', 403))).toBe('Chỉ quản trị thành phố đặt hạn gửi báo cáo cho cả thành phố.');
    expect(dueSaveErrorText(new Error('x'))).toBe('Chưa lưu được. Vui lòng thử lại.');
  });
});
