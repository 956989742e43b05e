import { describe, expect, it } from 'vitest';
import { hotlineAnswer, MAX_BUTTONS, MAX_REPLY_CHARS, shaped, survey } from '../../../../../server/src/features/chatbot/replies.ts';

describe('replies shaped for Zalo', () => {
  it('cut the text to 2,000 characters and the buttons to five', () => {
    const buttons = Array.from({ length: 9 }, (_, i) => ({ type: 'query' as const, title: `Nút ${i}`, text: `${i}` }));
    const reply = shaped('chữ '.repeat(3000), buttons);
    expect(reply.text.length).toBeLessThanOrEqual(MAX_REPLY_CHARS);
    expect(reply.text.endsWith('…')).toBe(true);
    expect(reply.buttons).toHaveLength(MAX_BUTTONS);
  });

  it('hotlines come with call buttons', () => {
    const reply = hotlineAnswer([{ name: 'Đường dây nóng', phone: '0225 3999 001', purpose: 'Tiếp nhận phản ánh', hours: 'Giờ hành chính', isDemo: true }]);
    expect(reply.buttons).toEqual([{ type: 'phone', title: 'Gọi Đường dây nóng', phone: '0225 3999 001' }]);
    expect(reply.text).toContain('0225 3999 001');
  });

  it('the survey reply opens the Mini App survey of the unit (issue 10)', () => {
    const reply = survey('binh-giang');
    expect(reply.buttons[0]).toEqual({ type: 'open', title: 'Đánh giá sự hài lòng', path: '/survey?unit=binh-giang' });
    expect(reply.text).toContain('đánh giá mức độ hài lòng');
  });
});
