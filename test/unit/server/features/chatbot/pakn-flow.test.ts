import { describe, expect, it } from 'vitest';
import { normalizeChat } from '../../../../../shared/src/text/chat-normalize.ts';
import { advance, begin, startDraft, type FlowOutcome } from '../../../../../server/src/features/chatbot/pakn-flow.ts';
import type { PaknDraft } from '../../../../../server/src/features/chatbot/chat-state.ts';

const say = (draft: PaknDraft, text: string): FlowOutcome => advance(draft, { text: normalizeChat(text) });
const next = (o: FlowOutcome): PaknDraft => {
  if (o.kind !== 'continue') throw new Error(`expected continue, got ${o.kind}`);
  return o.draft;
};

describe('guided PAKN', () => {
  it('collects content, place, contact, then confirms and submits', () => {
    let d = begin(startDraft(normalizeChat('tôi muốn phản ánh đèn đường hỏng'), {}), {}).draft;
    expect(d.content).toBe('đèn đường hỏng');
    expect(d.step).toBe('content'); // too short yet
    d = next(say(d, 'ở ngõ 5 thôn Đông từ tuần trước'));
    expect(d.step).toBe('place');
    d = next(say(d, 'bỏ qua'));
    expect(d.place).toBeNull();
    expect(d.step).toBe('name');
    d = next(say(d, 'Nguyễn Văn An'));
    expect(d.step).toBe('phone');
    const wrong = say(d, 'không nhớ');
    expect(next(wrong).step).toBe('phone');
    expect(wrong.kind === 'continue' && wrong.reply.text).toContain('chưa đúng');
    d = next(say(d, '0912 345 678'));
    d = next(say(d, 'Thôn Đông, xã Bình Giang'));
    expect(d.step).toBe('confirm');
    const done = say(d, 'Gửi');
    expect(done.kind).toBe('submit');
  });

  it('takes a photo and a location, and the OA contact form skips the contact questions', () => {
    let d = begin(startDraft(normalizeChat('phản ánh rác thải đổ trộm ở bờ mương thôn Tây'), {}), {}).draft;
    expect(d.step).toBe('place');
    d = next(advance(d, { uploadId: '11111111-1111-4111-8111-111111111111' }));
    expect(d.photoIds).toHaveLength(1);
    d = next(advance(d, { location: { lat: 20.9, lng: 106.3 } }));
    expect(d.location).toEqual({ lat: 20.9, lng: 106.3 });
    d = next(advance(d, { contact: { name: 'Trần Thị Bình', phone: '0987654321', address: 'Thôn Tây, xã Bình Giang' } }));
    expect(d.step).toBe('confirm');
  });

  it('"hủy" leaves the flow; "sửa lại" starts the content again', () => {
    const d = begin(startDraft(normalizeChat('gửi phản ánh'), {}), {}).draft;
    expect(say(d, 'hủy').kind).toBe('cancelled');
    const confirm: PaknDraft = { ...d, step: 'confirm', content: 'x'.repeat(30), name: 'An', phone: '0912345678', address: 'Thôn Đông' };
    const again = next(say(confirm, 'Sửa lại'));
    expect(again.step).toBe('content');
    expect(again.content).toBe('');
  });

  it('"kiến nghị" makes a kiến nghị', () => {
    expect(startDraft(normalizeChat('tôi muốn kiến nghị sửa đường làng'), {}).kind).toBe('kien_nghi');
  });
});
