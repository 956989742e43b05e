/**
 * How citizens write versus how procedures are named. All entries are folded
 * (no diacritics, lower case). `to` replaces the phrase; `hint` adds words that
 * only nudge the ranking.
 */
import { EVERYDAY_NAMES } from './everyday-names.ts';
import type { PhraseRewrite } from './phrase-rewrite.ts';

export type { PhraseRewrite };

/** Abbreviations, one word each. A Map: a query word such as `constructor` is not an entry. */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  tt: 'thu tuc',
  tthc: 'thu tuc hanh chinh',
  dk: 'dang ky',
  dky: 'dang ky',
  ki: 'ky',
  gks: 'giay khai sinh',
  gkh: 'giay ket hon',
  sdt: 'so dien thoai',
  dt: 'dien thoai',
  ko: 'khong',
  k: 'khong',
  kh: 'khong',
  cmnd: 'can cuoc',
  cccd: 'can cuoc',
  gcn: 'giay chung nhan',
  qsdd: 'quyen su dung dat',
  gpxd: 'giay phep xay dung',
  hkd: 'ho kinh doanh',
  ubnd: 'uy ban nhan dan',
  xn: 'xac nhan',
  xnhn: 'xac nhan tinh trang hon nhan',
  bhyt: 'bao hiem y te',
  ndd: 'nguoi dai dien',
  hs: 'ho so',
  dvc: 'dich vu cong',
}));

/** Everyday phrases, longest first when applied (with the everyday names of procedures, everyday-names.ts). */
const OWN_REWRITES: PhraseRewrite[] = [
  { from: 'giay doc than', to: 'xac nhan tinh trang hon nhan' },
  { from: 'chung nhan doc than', to: 'xac nhan tinh trang hon nhan' },
  { from: 'xac nhan doc than', to: 'xac nhan tinh trang hon nhan' },
  { from: 'doc than', to: 'tinh trang hon nhan' },
  { from: 'so do', to: 'giay chung nhan quyen su dung dat' },
  { from: 'so hong', to: 'giay chung nhan quyen su dung dat' },
  { from: 'bia do', to: 'giay chung nhan quyen su dung dat' },
  { from: 'sao y ban chinh', to: 'chung thuc ban sao tu ban chinh' },
  { from: 'sao y', to: 'chung thuc ban sao tu ban chinh' },
  { from: 'photo cong chung', to: 'chung thuc ban sao tu ban chinh' },
  { from: 'cong chung giay to', to: 'chung thuc ban sao tu ban chinh' },
  { from: 'cong chung', to: 'chung thuc', hint: 'ban sao tu ban chinh' },
  { from: 'bao tu', to: 'khai tu' },
  { from: 'khai chet', to: 'khai tu' },
  { from: 'giay chung tu', to: 'khai tu' },
  { from: 'mo quan an', to: 'dang ky ho kinh doanh' },
  { from: 'mo quan', to: 'dang ky ho kinh doanh' },
  { from: 'quan an', to: 'ho kinh doanh' },
  { from: 'mo cua hang', to: 'dang ky ho kinh doanh' },
  { from: 'mo tiem', to: 'dang ky ho kinh doanh' },
  { from: 'giay phep kinh doanh', to: 'dang ky ho kinh doanh' },
  { from: 'buon ban', to: 'ho kinh doanh' },
  { from: 'xay nha', to: 'giay phep xay dung nha o rieng le' },
  { from: 'sua nha', to: 'giay phep xay dung nha o rieng le' },
  { from: 'cuoi vo', to: 'ket hon' },
  { from: 'cuoi chong', to: 'ket hon' },
  { from: 'lay vo', to: 'ket hon' },
  { from: 'lay chong', to: 'ket hon' },
  { from: 'dam cuoi', to: 'ket hon' },
  { from: 'giay ket hon', to: 'dang ky ket hon' },
  { from: 'xin con nuoi', to: 'nuoi con nuoi' },
  { from: 'nhan con nuoi', to: 'nuoi con nuoi' },
  { from: 'lam lai giay khai sinh', to: 'dang ky lai khai sinh' },
  { from: 'mat giay khai sinh', to: 'dang ky lai khai sinh', hint: 'trich luc' },
  { from: 'doi ten', to: 'thay doi cai chinh thong tin ho tich' },
  { from: 'sua ten', to: 'thay doi cai chinh thong tin ho tich' },
  { from: 'sai ten', to: 'thay doi cai chinh thong tin ho tich' },
  { from: 'sua ngay sinh', to: 'thay doi cai chinh thong tin ho tich' },
  { from: 'nhan cha', to: 'nhan cha me con' },
  { from: 'nhan bo', to: 'nhan cha me con' },
  { from: 'nhan me', to: 'nhan cha me con' },
  { from: 'tien tuat', to: 'tro cap nguoi co cong' },
  { from: 'tien mai tang', to: 'ho tro chi phi mai tang' },
  { from: 'tien chon cat', to: 'ho tro chi phi mai tang' },
  { from: 'luong huu xa hoi', to: 'tro cap xa hoi hang thang' },
  { from: 'tien tro cap', to: 'tro cap xa hoi hang thang' },
  { from: 'nguoi gia', to: 'tro cap xa hoi hang thang', hint: 'nguoi cao tuoi' },
  { from: 'nguoi khuyet tat', to: 'khuyet tat' },
  { from: 'ban sao giay khai sinh', to: 'ban sao trich luc ho tich', hint: 'khai sinh' },
  { from: 'trich luc khai sinh', to: 'ban sao trich luc ho tich', hint: 'khai sinh' },
  { from: 'ky ten', to: 'chung thuc chu ky' },
  { from: 'xac nhan chu ky', to: 'chung thuc chu ky' },
  { from: 'viet di chuc', to: 'chung thuc di chuc' },
  { from: 'lam di chuc', to: 'chung thuc di chuc' },
  { from: 'chet', to: 'khai tu' },
  { from: 'qua doi', to: 'khai tu' },
  { from: 'de con', to: 'khai sinh' },
  // "for my child / grandchild": who it is for, not what it is.
  { from: 'cho con', to: 'cho' },
  { from: 'cho be', to: 'cho' },
  { from: 'cho chau', to: 'cho' },
  { from: 'cho bo', to: 'cho' },
  { from: 'cho cha', to: 'cho' },
  { from: 'cho me', to: 'cho' },
  { from: 'cho ong', to: 'cho' },
  { from: 'cho ba', to: 'cho' },
  { from: 'cho vo', to: 'cho' },
  { from: 'cho chong', to: 'cho' },
  { from: 'sinh con', to: 'khai sinh' },
  { from: 'moi sinh', to: 'khai sinh' },
];

export const PHRASE_REWRITES: PhraseRewrite[] = [
  ...OWN_REWRITES,
  ...EVERYDAY_NAMES.filter((r) => !OWN_REWRITES.some((own) => own.from === r.from)),
].sort((a, b) => b.from.length - a.from.length);

/** Words that carry little meaning in a question about procedures: they count, but little. */
export const STOP_WORDS = new Set([
  'thu', 'tuc', 'lam', 'xin', 'can', 'gi', 'nhung', 'nao', 'the', 'nhu', 'o', 'dau', 'cho', 'toi',
  'em', 'anh', 'chi', 'minh', 'muon', 'hoi', 'a', 'nhe', 'voi', 'va', 'cua', 'la', 'co', 'khong',
  've', 'de', 'thi', 'bao', 'lau', 'bn', 'nhieu', 'phai', 'duoc', 'giay', 'to', 'gom', 'ra', 'u',
  'vay', 'di', 'nop', 'huong', 'dan', 'quy', 'trinh',
]);
