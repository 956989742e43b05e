import { describe, expect, it } from 'vitest';
import { cleanText, foldForSearch, searchTokens } from '../../../../shared/src/text/normalize.ts';
import { compareVietnamese } from '../../../../shared/src/text/collate.ts';
import { phoneDigits } from '../../../../shared/src/text/phone.ts';
import { editDistanceWithin } from '../../../../shared/src/search/edit-distance.ts';

describe('Vietnamese text normalisation', () => {
  it('folds diacritics and đ, lower-cases, keeps words', () => {
    expect(foldForSearch('Đăng ký KHAI SINH')).toBe('dang ky khai sinh');
    expect(foldForSearch('Chứng thực bản sao từ bản chính')).toBe('chung thuc ban sao tu ban chinh');
    expect(foldForSearch('Thủ tục: cấp Giấy xác nhận tình trạng hôn nhân!')).toBe('thu tuc cap giay xac nhan tinh trang hon nhan');
  });

  it('treats decomposed (NFD) input like composed (NFC)', () => {
    const nfd = 'Đăng ký kết hôn'.normalize('NFD');
    expect(foldForSearch(nfd)).toBe('dang ky ket hon');
    expect(cleanText(nfd)).toBe('Đăng ký kết hôn'.normalize('NFC'));
  });

  it('removes control characters and treats emoji and punctuation as separators', () => {
    expect(cleanText('  khai\u0000 sinh\u0007 ')).toBe('khai sinh');
    expect(searchTokens('khai sinh 👶 ; DROP TABLE procedures; --')).toEqual(['khai', 'sinh', 'drop', 'table', 'procedures']);
    expect(searchTokens('🙂🙂')).toEqual([]);
  });

  it('sorts in Vietnamese alphabetical order', () => {
    const names = ['Đăng ký', 'Chứng thực', 'Cấp', 'Dân tộc', 'Ân'];
    expect([...names].sort(compareVietnamese)).toEqual(['Ân', 'Cấp', 'Chứng thực', 'Dân tộc', 'Đăng ký']);
  });

  it('turns a phone as people write it into the digits a tel: link dials', () => {
    expect(phoneDigits('0225 3999 011')).toBe('02253999011');
    expect(phoneDigits('(0225) 3.999.011')).toBe('02253999011');
  });

  it('measures typos with adjacent swaps and gives up past the limit', () => {
    expect(editDistanceWithin('khai', 'khia', 1)).toBe(1);
    expect(editDistanceWithin('chung', 'chng', 1)).toBe(1);
    expect(editDistanceWithin('ket', 'hon', 1)).toBe(2);
  });
});
