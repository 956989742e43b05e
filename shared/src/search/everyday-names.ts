/**
 * The everyday names residents give the commonest procedures (folded words), and the words of
 * the procedure's official name each stands for. Data, grouped by procedure: add a row when a
 * resident's wording is seen to miss. Merged into PHRASE_REWRITES (synonyms.ts), so the Mini
 * App's search and the chatbot both read them; the longest phrase is rewritten first, and a
 * rewrite's output is read by the shorter ones after it, so a `to` keeps the words later rows
 * look for ("hop dong" stays "hop dong").
 */
import type { PhraseRewrite } from './phrase-rewrite.ts';

/** "hợp đồng mua bán xe máy", "sang tên ô tô": a contract about a vehicle (động sản). */
const VEHICLE_SALES = ['hop dong mua ban ', 'mua ban ', 'ban ', 'sang ten ', 'hop dong '].flatMap((deal) =>
  ['xe may', 'xe o to', 'o to', 'oto', 'xe hoi', 'xe'].map((vehicle) => `${deal}${vehicle}`),
);

/** "ngày sinh bị sai", "sửa họ", "nhầm tên đệm": a detail of a civil record wrong. */
const RECORD_ERRORS = ['ten', 'ho', 'ten dem', 'ho ten', 'ngay sinh', 'nam sinh', 'ngay thang nam sinh', 'que quan', 'que', 'gioi tinh', 'ten bo', 'ten me', 'noi sinh'].flatMap((d) =>
  [`${d} bi sai`, `${d} sai`, `sai ${d}`, `sua ${d}`, `nham ${d}`, `${d} bi nham`, `ghi sai ${d}`, `viet sai ${d}`, `dinh chinh ${d}`, `sua lai ${d}`],
);

/** "đổi địa chỉ hộ kinh doanh", "chuyển địa điểm quán": a business's registered details changed. */
const BUSINESS_CHANGES = ['doi', 'thay doi', 'chuyen', 'sua'].flatMap((verb) =>
  ['dia chi', 'dia diem', 'nguoi dai dien', 'chu ho', 'von', 'ten'].flatMap((what) =>
    ['ho kinh doanh', 'kinh doanh', 'quan', 'cua hang', 'tiem'].map((whose) => `${verb} ${what} ${whose}`),
  ),
);

/** to ← the everyday phrases for it. */
const BY_PROCEDURE: [to: string, from: string[], hint?: string][] = [
  // Đăng ký khai tử: a death said plainly.
  ['khai tu', ['ta the', 'tu the']],
  ['ho tro chi phi mai tang', ['tro cap mai tang', 'tien an tang', 'lo tien mai tang', 'lo mai tang', 'chi phi chon cat', 'tien lo hau su', 'lo hau su', 'chon cat', 'an tang', 'dam ma']],
  ['xoa dang ky thuong tru', ['cat khau', 'cat ho khau', 'xoa ho khau', 'xoa ten trong ho khau', 'xoa thuong tru']],
  // Người có công.
  ['nguoi co cong', ['thuong binh', 'benh binh', 'gia dinh chinh sach', 'nguoi co cong voi cach mang']],
  ['than nhan cua nguoi co cong', ['con liet si', 'vo liet si', 'chong liet si', 'bo me liet si', 'gia dinh liet si', 'than nhan liet si', 'con thuong binh', 'con nguoi co cong', 'than nhan nguoi co cong']],
  ['tham vieng mo liet si', ['tham mo liet si', 'vieng mo liet si', 'di tham mo', 'vieng mo', 'tham mo']],
  // Hộ kinh doanh.
  ['tam ngung kinh doanh', ['tam nghi kinh doanh', 'nghi kinh doanh', 'tam dung kinh doanh', 'dung kinh doanh', 'ngung kinh doanh', 'nghi ban hang', 'nghi ban', 'tam nghi ban', 'dung ban hang', 'dung ban', 'ngung ban', 'nghi buon ban', 'tam dong cua', 'dong cua tam thoi', 'nghi mot thoi gian', 'nghi vai thang']],
  ['cham dut hoat dong ho kinh doanh', ['giai the ho kinh doanh', 'giai the', 'dong cua han', 'nghi ban han', 'nghi han', 'khong buon ban nua', 'khong kinh doanh nua', 'khong ban nua', 'thoi kinh doanh', 'thoi ban', 'dep quan', 'dep tiem', 'huy dang ky kinh doanh', 'tra giay phep kinh doanh', 'bo kinh doanh', 'dong cua luon', 'khong lam nua', 'nghi luon', 'nghi ban luon', 'nghi han luon']],
  ['thay doi noi dung dang ky ho kinh doanh', BUSINESS_CHANGES],
  ['thay doi noi dung dang ky ho kinh doanh', ['chuyen quan', 'chuyen tiem', 'chuyen cua hang', 'chuyen ho kinh doanh', 'doi cho kinh doanh', 'chuyen cho kinh doanh']],
  ['thay doi noi dung dang ky ho kinh doanh', ['doi nguoi dung ten', 'doi chu ho kinh doanh', 'doi dia chi kinh doanh', 'chuyen dia diem kinh doanh', 'doi dia diem kinh doanh', 'them nganh nghe', 'doi nganh nghe', 'bo sung nganh nghe', 'doi ten ho kinh doanh', 'doi ten quan', 'doi ten cua hang']],
  ['dang ky ho kinh doanh', ['dang ky kinh doanh', 'ban hang online', 'ban hang tai nha', 'kinh doanh tai nha', 'mo shop', 'mo tiem', 'mo sap', 'mo quan cafe', 'mo quan ca phe', 'mo tap hoa', 'mo xuong', 'mo tiem tap hoa', 'giay phep ban hang']],
  // Hộ tịch: correcting what a record says.
  ['cai chinh sai sot', ['ghi sai', 'ghi nham', 'viet sai']],
  ['thay doi cai chinh thong tin ho tich', ['cai chinh', 'dinh chinh', 'chinh sua thong tin', 'sua thong tin', 'sai thong tin', 'bo sung thong tin', 'bo sung ten bo', 'bo sung ten me', 'them ten bo', 'them ten me']],
  ['thay doi cai chinh thong tin ho tich', RECORD_ERRORS],
  // A record "bị sai" (a contract's errors are read first, by the longer rows above).
  ['thay doi cai chinh thong tin ho tich', ['bi sai', 'bi nham', 'bi ghi sai', 'bi ghi nham', 'bi viet sai']],
  ['xac dinh lai dan toc', ['doi dan toc', 'sua dan toc', 'chuyen dan toc', 'theo dan toc', 'lay dan toc']],
  // Chứng thực.
  ['chung thuc chu ky trong giay to van ban', ['giay uy quyen', 'don uy quyen', 'uy quyen', 'diem chi', 'lan tay', 'ky xac nhan', 'chu ky tren don', 'chu ky trong don', 'ky vao don']],
  ['chung thuc hop dong giao dich tai san dong san', VEHICLE_SALES],
  ['hop dong giao dich', ['hop dong mua ban', 'hop dong tang cho', 'hop dong cho tang', 'hop dong chuyen nhuong', 'hop dong the chap', 'hop dong thue', 'hop dong cho thue', 'hop dong vay', 'hop dong dat', 'hop dong nha', 'giay tay', 'giay mua ban', 'tang cho dat', 'tang cho nha', 'chuyen nhuong', 'sang ten', 'the chap']],
  ['sua doi bo sung huy bo hop dong', ['huy hop dong', 'huy bo hop dong', 'sua hop dong', 'sua doi hop dong', 'thay doi hop dong', 'bo sung hop dong', 'cham dut hop dong', 'thanh ly hop dong', 'sua lai hop dong', 'sua lai gia', 'sua gia thue', 'tang gia thue', 'giam gia thue', 'doi gia thue', 'gia han hop dong', 'keo dai hop dong', 'them dieu khoan', 'bo dieu khoan']],
  ['sua loi sai sot hop dong', ['hop dong ghi nham', 'hop dong ghi sai', 'hop dong bi sai', 'hop dong viet sai', 'sai trong hop dong', 'nham trong hop dong', 'sua loi', 'loi danh may', 'go sai', 'danh may sai', 'loi chinh ta']],
  ['chung thuc di chuc', ['di chuc chia dat', 'di chuc chia nha', 'di chuc chia tai san', 'di chuc de lai', 'lap di chuc', 'de lai di chuc', 'viet chuc thu', 'chuc thu', 'di chuc mieng']],
  ['phan chia di san', ['chia thua ke', 'chia tai san thua ke', 'chia di san', 'chia tai san bo me de lai', 'phan chia thua ke', 'thoa thuan chia', 'chia dat thua ke']],
  ['tu choi nhan di san', ['khong nhan thua ke', 'khong nhan di san', 'nhuong phan thua ke', 'nhuong thua ke', 'tu choi thua ke', 'nhuong lai phan', 'nhuong phan', 'khong lay phan', 'bo phan thua ke', 'khong nhan phan', 'nhuong cho', 'nhuong lai cho', 'nhuong het cho']],
  // Who it is for, not what it is: "con trai", "con gái" are "con" (then "cho con" is "cho").
  ['con', ['con trai', 'con gai']],
  ['', ['nguoi ho hang', 'ho hang', 'ba con', 'nguoi quen', 'hang xom', 'nha ben canh', 'nha ben', 'con cai', 'ong cu', 'ba cu', 'cu ong', 'cu ba']],
  // What a will leaves, and to whom, is no part of the procedure's name.
  ['', ['de lai dat', 'de lai nha', 'de lai tai san', 'de lai manh dat', 'de lai cho']],
  ['cho', ['cho cac con', 'cho cac chau', 'cho con chau', 'cho con cai']],
  // Nuôi con nuôi, nhận cha mẹ con, giám hộ.
  ['nuoi con nuoi', ['nhan nuoi', 'lam con nuoi', 'con nuoi', 'bi bo roi', 'tre bi bo roi', 'nhan lam con']],
  ['nhan cha me con', ['bo de', 'cha de', 'me de', 'bo ruot', 'cha ruot', 'con ngoai gia thu', 'ngoai gia thu', 'nhan con', 'nhan lai con', 'xac nhan cha con', 'xac nhan me con', 'nhan la bo', 'nhan la cha', 'nhan la me']],
  ['cham dut giam ho', ['thoi giam ho', 'khong giam ho nua', 'het giam ho', 'dung giam ho', 'ket thuc giam ho', 'thoi lam giam ho']],
  ['dang ky giam ho', ['lam giam ho', 'nguoi giam ho', 'lam nguoi giam ho', 'nhan giam ho', 'trong nom chau']],
  // Hôn nhân.
  ['xac nhan tinh trang hon nhan', ['chua vo', 'chua co vo', 'chua chong', 'chua co chong', 'chua ket hon', 'chua lap gia dinh', 'chua cuoi vo', 'chua lay vo', 'chua lay chong', 'chua tung ket hon']],
  ['dang ky ket hon', ['dang ky cuoi', 'muon cuoi', 'sap cuoi', 'cuoi nhau', 'lay nhau', 've chung mot nha']],
  ['ghi vao so ho tich viec ket hon', ['ghi chu ket hon', 'ket hon o nuoc ngoai', 'ket hon nuoc ngoai', 'cuoi o nuoc ngoai', 'ket hon voi nguoi nuoc ngoai o nuoc ngoai']],
  // Đất đai, xây dựng.
  ['hoa giai tranh chap dat dai', ['tranh chap dat', 'tranh chap ranh gioi', 'tranh chap', 'lan dat', 'lan sang dat', 'lan chiem dat', 'lan ranh', 'ranh gioi dat', 'moc gioi', 'hoa giai', 'cai nhau ve dat', 'chia dat cai nhau']],
  ['giay phep xay dung nha o rieng le', ['xin phep xay', 'phep xay dung', 'xay moi', 'xay lai nha', 'xay them tang', 'coi noi', 'nang tang', 'xay nha o']],
  // Bảo trợ xã hội.
  ['tro cap xa hoi hang thang', ['tro cap cho nguoi khuyet tat', 'tro cap xa hoi cho nguoi khuyet tat', 'tro cap khuyet tat', 'tro cap nguoi khuyet tat', 'tien khuyet tat', 'tien tro cap khuyet tat']],
  ['tro cap huu tri xa hoi', ['khong co luong huu', 'khong luong huu', 'khong co luong', 'huu tri xa hoi', 'luong huu xa hoi']],
  ['xac dinh muc do khuyet tat', ['giam dinh khuyet tat', 'giam dinh muc do khuyet tat', 'giay chung nhan khuyet tat', 'giay khuyet tat', 'tu ky', 'bai liet', 'bi liet', 'tan tat', 'thieu nang', 'down', 'dao dien', 'cam diec', 'mu loa', 'khiem thi', 'tam than']],
  // Trường học, đồng ruộng, nước, lễ hội, tôn giáo.
  ['chuyen truong trung hoc co so', ['chuyen cap 2', 'chuyen truong cap 2', 'truong cap 2', 'hoc cap 2', 'lop 6', 'lop 7', 'lop 8', 'lop 9', 'xin hoc cho con', 'chuyen hoc']],
  ['chuyen doi co cau cay trong tren dat trong lua', ['ruong lua', 'chuyen ruong', 'dao ao', 'chuyen doi cay trong', 'bo lua', 'ruong']],
  ['khai thac nuoc duoi dat', ['khoan gieng', 'gieng khoan', 'dao gieng', 'nuoc ngam', 'gieng nuoc']],
  ['le hoi', ['hoi lang', 'hoi dinh', 'hoi chua', 'le hoi dinh', 'ruoc kieu', 'gio to', 'le gio to', 'hoi lang nam nay']],
  ['to chuc le hoi', ['to chuc hoi', 'mo hoi', 'to chuc le ruoc']],
  ['sinh hoat ton giao tap trung', ['nhom dao', 'tin do', 'sinh hoat dao', 'nhom tin lanh', 'nhom cong giao', 'doc kinh tai nha']],
  // Bản sao, trích lục.
  ['ban sao trich luc ho tich', ['ban sao tu so', 'trich luc ket hon', 'trich luc khai tu', 'trich luc']],
];

export const EVERYDAY_NAMES: PhraseRewrite[] = BY_PROCEDURE.flatMap(([to, froms, hint]) =>
  froms.map((from) => (hint ? { from, to, hint } : { from, to })),
);

/** People a death is said of: "bố tôi mất", "ông nội mình mất rồi". */
const KIN = new Set(['bo', 'me', 'cha', 'ong', 'ba', 'cu', 'chong', 'vo', 'noi', 'ngoai', 'nguoi', 'than', 'bac', 'chu', 'di', 'co', 'cau', 'thim', 'mo', 'con', 'chau']);
/** After "mất" meaning died: nothing, or when ("rồi", "hôm qua", "năm 2015"); a thing after it means lost. */
const AFTER_DEATH = new Set(['roi', 'gia', 'hom', 'nam', 'tu', 'vao', 'luc', 'cach', 'thang', 'tuan', 'ngay', 'lau', 'nay', 'thi', 'ma', 'nen', 'gio', 'o', 'tai', 'vi', 'sau', 'a', 'duoc', 'da', 'khi', 'nhung', 'can', 'lam', 'muon']);
/** Words between the person and "mất": "bố tôi vừa mất", "ông nội mình mất". */
const BETWEEN = new Set(['toi', 'minh', 'em', 'chau', 'con', 'vua', 'moi', 'da', 'bi', 'noi', 'ngoai', 'nha', 'cua', 'la', 'cu', 'nay']);

/**
 * "mất" is both died and lost: died when a person is named just before it ("bố tôi vừa mất") and no
 * thing follows ("mất giấy khai sinh" is lost). The person and "mất" become "qua đời", which the rewrites read.
 */
export function readDeaths(words: readonly string[]): readonly string[] {
  if (!words.includes('mat')) return words;
  const out = [...words];
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== 'mat') continue;
    const next = words[i + 1];
    if (next !== undefined && !AFTER_DEATH.has(next)) continue;
    let j = i - 1;
    while (j >= 0 && i - j <= 4 && BETWEEN.has(words[j]!) && !KIN.has(words[j]!)) j--;
    if (j < 0 || i - j > 4 || !KIN.has(words[j]!)) continue;
    // Who died is no part of what is asked: "bố tôi vừa mất" is "qua đời".
    while (j > 0 && KIN.has(words[j - 1]!)) j--;
    for (let k = j; k < i; k++) out[k] = '';
    out[i] = 'qua doi';
  }
  return out.flatMap((w) => (w === '' ? [] : w.split(' ')));
}
