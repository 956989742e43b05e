import { describe, expect, it } from 'vitest';
import { clip, wireMessage, type OaMessage } from '../../../../server/src/zalo/oa-message.ts';
import { csMessageProblem } from '../../../helpers/fake-zalo/wire-checks.ts';

const send = (message: OaMessage) => ({ recipient: { user_id: '2468458835291979220' }, message: wireMessage(message) });

describe('OA messages on the wire', () => {
  it('write text with buttons as a template of buttons, each of Zalo’s types', () => {
    const body = send({
      type: 'text',
      text: 'Đăng ký kết hôn: hồ sơ gồm tờ khai và giấy tờ tùy thân.',
      buttons: [
        { kind: 'url', title: 'Xem chi tiết', url: 'https://zalo.me/s/123/procedures/1.000894' },
        { kind: 'query', title: 'Hỏi thủ tục khác', text: 'thủ tục khác' },
        { kind: 'phone', title: 'Gọi UBND xã', phone: '0220 3 888 999' },
      ],
    });
    expect(body.message).toEqual({
      text: 'Đăng ký kết hôn: hồ sơ gồm tờ khai và giấy tờ tùy thân.',
      attachment: {
        type: 'template',
        payload: {
          buttons: [
            { title: 'Xem chi tiết', type: 'oa.open.url', payload: { url: 'https://zalo.me/s/123/procedures/1.000894' } },
            { title: 'Hỏi thủ tục khác', type: 'oa.query.show', payload: 'thủ tục khác' },
            { title: 'Gọi UBND xã', type: 'oa.open.phone', payload: { phone_code: '02203888999' } },
          ],
        },
      },
    });
    expect(csMessageProblem(body)).toBeNull();
  });

  it('cut text over 2,000 characters at a word, and keep at most five buttons', () => {
    const long = 'thủ tục '.repeat(400);
    const buttons = Array.from({ length: 7 }, (_, i) => ({ kind: 'query' as const, title: `Câu ${i}`, text: `câu ${i}` }));
    const body = send({ type: 'text', text: long, buttons });
    const text = body.message.text as string;
    expect(Array.from(text).length).toBeLessThanOrEqual(2000);
    const kept = text.slice(0, -1);
    expect(text.endsWith('…')).toBe(true);
    expect(long.startsWith(kept) && long[kept.length] === ' ').toBe(true);
    expect((body.message.attachment as { payload: { buttons: unknown[] } }).payload.buttons).toHaveLength(5);
    expect(csMessageProblem(body)).toBeNull();
  });

  it('write lists, images and the request for user info as Zalo’s templates', () => {
    for (const message of [
      { type: 'list', elements: [{ title: 'Đường dây nóng', subtitle: 'Chủ tịch UBND xã', url: 'https://example.vn/a' }] },
      { type: 'image', imageUrl: 'https://example.vn/a.jpg', text: 'Ảnh' },
      { type: 'request_user_info', title: 'Cho phép xã liên hệ', subtitle: 'Để trả lời phản ánh', imageUrl: 'https://example.vn/b.jpg' },
    ] satisfies OaMessage[]) {
      expect(csMessageProblem(send(message))).toBeNull();
    }
  });

  it('is checked by the fake as Zalo would: an empty text, a bad button or 2,001 characters are refused', () => {
    expect(csMessageProblem({ recipient: { user_id: '1' }, message: { text: '' } })).toMatch(/text/);
    expect(csMessageProblem({ recipient: { user_id: 1 }, message: { text: 'a' } })).toMatch(/user_id/);
    expect(csMessageProblem({ recipient: { user_id: '1' }, message: { text: 'a'.repeat(2001) } })).toMatch(/2000/);
    expect(csMessageProblem({ recipient: { user_id: '1' }, message: { text: 'a', attachment: { type: 'template', payload: { buttons: [{ title: 'x', type: 'oa.open.url', payload: { url: 'javascript:1' } }] } } } })).toMatch(/url/);
  });

  it('clip counts characters, not UTF-16 units', () => {
    expect(clip('😀'.repeat(10), 10)).toBe('😀'.repeat(10));
    expect(Array.from(clip('😀'.repeat(11), 10))).toHaveLength(10);
  });
});
