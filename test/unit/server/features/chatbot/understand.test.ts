import { describe, expect, it } from 'vitest';
import { beforePurpose, searchQuery, understand, type FoundProcedures } from '../../../../../server/src/features/chatbot/understand.ts';
import { normalizeChat } from '../../../../../shared/src/text/chat-normalize.ts';

/** A catalog of three names, matched when every query word is in the name (a stand-in for the catalog search). */
const NAMES = [
  { code: '1.000656', name: 'Đăng ký khai tử' },
  { code: '1.001193', name: 'Đăng ký khai sinh' },
  { code: '1.004837', name: 'Đăng ký giám hộ' },
];
const asked: string[] = [];
async function find(query: string): Promise<FoundProcedures> {
  asked.push(query);
  const words = query.split(' ');
  const folded = (s: string) => normalizeChat(s).folded;
  return { items: NAMES.filter((n) => words.every((w) => ` ${folded(n.name)} `.includes(` ${w} `))), referrals: [] };
}

describe('understanding a message', () => {
  it('leaves filler and the aspect asked out of the search', () => {
    expect(searchQuery(normalizeChat('cho em hỏi đăng ký khai sinh cần mang theo gì ạ').words)).toBe('dang ky khai sinh');
    expect(searchQuery(normalizeChat('chứng thực bản sao mất bao lâu').words)).toBe('chung thuc ban sao');
    // "di chúc" and "bản sao" keep their words
    expect(searchQuery(normalizeChat('làm di chúc').words)).toBe('lam di chuc');
  });

  it('searches a long question again by its clauses when the whole finds nothing sure', async () => {
    asked.length = 0;
    const u = await understand('bố tôi vừa mất tuần trước ở quê, nên giờ đăng ký khai tử', find);
    expect(u.found.items[0]?.name).toBe('Đăng ký khai tử');
    expect(u.intent).toBe('procedure');
    expect(asked.length).toBeGreaterThan(1);
  });

  it('a question of only an aspect is a follow-up', async () => {
    expect((await understand('mất bao lâu?', find)).followUp).toBe(true);
    expect((await understand('đăng ký khai tử mất bao lâu?', find)).followUp).toBe(false);
  });

  it('emoji only and control characters are no question, and searched for nothing', async () => {
    asked.length = 0;
    expect((await understand('🙂🙂', find)).intent).toBe('fallback');
    expect((await understand('\u0000\u0007', find)).intent).toBe('fallback');
    expect(asked).toEqual([]);
  });
});

describe('who asks and where are no part of the search', () => {
  it('leaves out the person the question is about, the commune and "nhá"', () => {
    expect(searchQuery(normalizeChat('ông tôi muốn lập di chúc ở xã').words)).toBe('lap di chuc');
    expect(searchQuery(normalizeChat('bố mẹ tôi muốn làm hợp đồng tặng cho đất').words)).toBe('lam hop dong tang cho dat');
    expect(searchQuery(normalizeChat('bố mình làm giấy khai tử ở ủy ban giúp nha').words)).toBe('lam giay khai tu');
    // "xã hội" and "nhà" inside the question stay.
    expect(searchQuery(normalizeChat('trợ cấp xã hội').words)).toBe('tro cap xa hoi');
    expect(searchQuery(normalizeChat('xin phép xây nhà').words)).toBe('xin phep xay nha');
  });
});

describe('what a procedure is asked for is no part of it', () => {
  it('finds the words before "để" that starts a purpose', () => {
    expect(beforePurpose(normalizeChat('xin giấy xác nhận độc thân để vay ngân hàng').words)?.join(' ')).toBe('xin giay xac nhan doc than');
    // "để lại", "để trống" start no purpose; "để" among the first two words neither.
    expect(beforePurpose(normalizeChat('lập di chúc để lại nhà').words)).toBeNull();
    expect(beforePurpose(normalizeChat('để làm khai sinh').words)).toBeNull();
  });

  it('searches the part before the purpose first', async () => {
    asked.length = 0;
    const u = await understand('cho hỏi đăng ký khai tử để làm giám hộ', find);
    expect(u.found.items[0]?.name).toBe('Đăng ký khai tử');
    expect(asked[0]).toBe('dang ky khai tu');
  });

  it('leaves "gia đình" (who) out, but keeps "hộ gia đình"', () => {
    expect(searchQuery(normalizeChat('gia đình tôi xin trợ cấp xã hội').words)).toBe('xin tro cap xa hoi');
    expect(searchQuery(normalizeChat('sổ đỏ cho hộ gia đình').words)).toBe('so do cho ho gia dinh');
  });
});

describe('a death is read before who is left out', () => {
  it('"chồng tôi mất tháng trước" searches a death', () => {
    expect(searchQuery(normalizeChat('chồng tôi mất tháng trước, giờ làm giấy gì').words)).toBe('qua doi lam giay');
  });
});

describe('on someone\'s behalf is no part of the search', () => {
  it('"thay" alone is left out; "thay đổi", "thay tên" stay', () => {
    expect(searchQuery(normalizeChat('đi khai tử thay được không').words)).toBe('di khai tu');
    expect(searchQuery(normalizeChat('thay đổi hộ kinh doanh').words)).toBe('thay doi ho kinh doanh');
  });
});
