import { describe, expect, it } from 'vitest';
import { normalizeChat } from '../../../../shared/src/text/chat-normalize.ts';

const folded = (s: string) => normalizeChat(s).folded;

describe('chat normalisation', () => {
  it('folds case and diacritics, NFD like NFC', () => {
    expect(folded('Đăng Ký KHAI SINH')).toBe('dang ky khai sinh');
    expect(folded('Đăng ký kết hôn'.normalize('NFD'))).toBe('dang ky ket hon');
  });

  it('reads "e", "t", "mik" as the one who writes', () => {
    expect(folded('quán e nghỉ bán')).toBe('quan em nghi ban');
    expect(folded('t muốn hỏi')).toBe('toi muon hoi');
    expect(folded('mik cần hỏi')).toBe('minh can hoi');
  });

  it('spells out abbreviations and teencode', () => {
    expect(folded('sdt duong day nong')).toBe('so dien thoai duong day nong');
    expect(folded('sđt ubnd xa')).toBe('so dien thoai uy ban nhan dan xa');
    expect(folded('đt một cửa')).toBe('dien thoai mot cua');
    expect(folded('dk ks cho con can j ko')).toBe('dang ky khai sinh cho con can gi khong');
    expect(folded('lam cccd ntn z')).toBe('lam can cuoc cong dan nhu the nao vay');
    expect(folded('tt đk hk')).toBe('thu tuc dang ky ho khau');
    expect(folded('gks bi mat k')).toBe('giay khai sinh bi mat khong');
    expect(folded('ubnd p. Lê Chân')).toBe('uy ban nhan dan phuong le chan');
    expect(folded('tks ad')).toBe('cam on ad');
  });

  it('reads "bn" as "bao nhiêu" after a price word, as "bạn" otherwise', () => {
    expect(folded('phi bn')).toBe('phi bao nhieu');
    expect(folded('bn oi cho hoi')).toBe('ban oi cho hoi');
  });

  it('squeezes repeated letters', () => {
    expect(folded('chàoooo')).toBe('chao');
    expect(folded('alooo alo')).toBe('alo alo');
    expect(folded('helloooo')).toBe('hello');
  });

  it('does not take "hỏng" (broken) or "tỷ" for teencode', () => {
    expect(folded('đèn đường hỏng')).toBe('den duong hong');
    expect(folded('tỷ giá')).toBe('ty gia');
  });

  it('drops control characters and punctuation; emoji only is empty', () => {
    const t = normalizeChat('  khai\u0000 sinh\u0007!!! ');
    expect(t.clean).toBe('khai sinh!!!');
    expect(t.folded).toBe('khai sinh');
    expect(normalizeChat('🙂🙂👍').empty).toBe(true);
    expect(normalizeChat('\u0001\u0002').empty).toBe(true);
    expect(normalizeChat('').empty).toBe(true);
  });

  it('reads at most 2,000 characters', () => {
    expect(normalizeChat('a '.repeat(100_000)).clean.length).toBeLessThanOrEqual(2000);
  });
});
