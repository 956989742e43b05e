/**
 * At least 1,000 distinct queries as citizens type them, for the search benchmark: names of the
 * catalog's procedures (whole, shortened, without diacritics, with a typo, inside a question),
 * everyday phrases, and codes inside a sentence.
 */
import { foldForSearch } from '../../shared/src/text/normalize.ts';

const EVERYDAY = [
  'lam giay khai sinh', 'thủ tục kết hôn', 'giấy độc thân', 'xin giay doc than', 'chứng thực bản sao', 'sổ đỏ', 'làm sổ đỏ',
  'mở quán ăn', 'mo quan', 'đk hộ kinh doanh', 'báo tử', 'bao tu cho bo', 'xin giấy phép xây dựng', 'xây nhà cần giấy phép gì',
  'khia sinh', 'tro cap xa hoi', 'công chứng hợp đồng', 'công chứng', 'sao y giấy tờ', 'hộ nghèo', 'đăng ký tạm trú',
  'làm căn cước', 'cccd', 'nhận con nuôi', 'di chúc', 'tiền mai táng', 'sửa tên trong giấy khai sinh', 'giám hộ', 'lấy vợ',
  'chứng thực chữ ký', 'gks', 'dang ki ket hon', 'trợ cấp người cao tuổi', 'giấy xác nhận khuyết tật', 'chuyển trường cấp 2',
  'khai thác nước ngầm', 'lễ hội', 'an toàn thực phẩm', 'phòng cháy chữa cháy', 'hợp tác xã',
];

const SUFFIXES = ['', ' cần những gì', ' ở đâu', ' mất bao lâu', ' hồ sơ gồm gì'];
const PREFIXES = ['', 'thủ tục ', 'làm ', 'xin '];

/** One letter swapped with the next, in the longest word: the commonest typo on a phone keyboard. */
function withTypo(text: string): string {
  const words = text.split(' ');
  let at = 0;
  words.forEach((w, i) => {
    if (w.length > words[at].length) at = i;
  });
  const w = words[at];
  if (w.length < 4) return text;
  const i = Math.floor(w.length / 2) - 1;
  words[at] = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  return words.join(' ');
}

export function realisticQueries(procedures: { code: string; name: string }[], atLeast = 1000): string[] {
  const out = new Set<string>(EVERYDAY);
  const bases = [...new Set(procedures.map((p) => p.name.replace(/\s*\(mẫu số \d+\)$/, '').toLowerCase()))];
  let round = 0;
  while (out.size < atLeast && round < 40) {
    for (const [i, base] of bases.entries()) {
      const words = base.split(' ');
      const short = words.slice(0, Math.max(2, Math.min(words.length, 3 + (round % 4)))).join(' ');
      const form = (i + round) % 4;
      const text = form === 0 ? short : form === 1 ? foldForSearch(short) : form === 2 ? withTypo(foldForSearch(short)) : short.slice(0, Math.max(3, short.length - 2));
      out.add(`${PREFIXES[(i + round) % PREFIXES.length]}${text}${SUFFIXES[(i * 3 + round) % SUFFIXES.length]}`.trim());
    }
    round++;
  }
  // Codes written inside a sentence.
  for (const [i, p] of procedures.entries()) {
    if (out.size >= atLeast + 100) break;
    if (i % 37 === 0) out.add(`Thủ tục ${p.code} cần những gì`);
  }
  return [...out];
}
