import { describe, expect, it } from 'vitest';
import { noticeMessage } from '../../../../../server/src/features/notifications/notice-texts.ts';

const facts = { code: 'BG-2026-000042', unitId: 1, status: 'da_tra_loi', dueDate: '2026-06-01', answer: 'Đã sửa đèn.', note: null, contactPhone: '0912345678', citizenKey: 'device:x' };

describe('the PAKN answered notice', () => {
  it('links to the Mini App survey for this PAKN (issue 10)', () => {
    const message = noticeMessage('pakn_answered', { facts, unitName: 'Xã Bình Giang', unitSlug: 'binh-giang', link: (p) => `https://app.example/${p.replace(/^\//, '')}` });
    expect(message.type === 'text' ? message.buttons : []).toContainEqual({ kind: 'url', title: 'Đánh giá sự hài lòng', url: 'https://app.example/survey?unit=binh-giang&feedback=BG-2026-000042' });
  });
});
