import { describe, expect, it } from 'vitest';
import { countText, placeName, vnDateWords } from '../../../../../server/src/features/reports/report-wording.ts';
import { contentDisposition, reportFileName } from '../../../../../server/src/features/reports/report-file-name.ts';
import { parsePeriod } from '@cchc/shared/plan/periods';

describe('report wording', () => {
  it('writes counts as documents do', () => {
    expect(countText('hoi_nghi', 9, 550)).toBe('09 buổi, thu hút 550 lượt người tham dự');
    expect(countText('tin_bai', 60, 0)).toBe('60 tin, bài');
  });
  it('dates and place names', () => {
    expect(vnDateWords('2026-02-04')).toBe('ngày 04 tháng 02 năm 2026');
    expect(vnDateWords('2026-12-15')).toBe('ngày 15 tháng 12 năm 2026');
    expect(placeName('Phường Kinh Môn')).toBe('Kinh Môn');
  });
  it('a Vietnamese-safe file name (RFC 5987)', () => {
    const cd = contentDisposition(reportFileName({ slug: 'tu-minh', name: 'Phường Tứ Minh' }, parsePeriod('2026-H1')!, 'xlsx'));
    expect(cd).toBe(`attachment; filename="bao-cao-cchc-tu-minh-2026-h1.xlsx"; filename*=UTF-8''${encodeURIComponent('Báo cáo CCHC Phường Tứ Minh 6 tháng đầu năm 2026.xlsx')}`);
  });
});
