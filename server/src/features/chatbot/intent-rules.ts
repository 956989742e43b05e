/**
 * Rules over combinations of cues: what one phrase alone cannot tell, two together can.
 * "phản ánh" + "đã gửi … chưa thấy trả lời" is a status question, not a new PAKN; "trưa" +
 * "nhận hồ sơ" is office hours, not a procedure; "mấy giờ" alone ("bây giờ là mấy giờ") is
 * neither. Each rule is a few word lists over the folded words, so it stays explainable:
 * `classify` adds its weight under the rule's name.
 */
import type { ChatIntentT } from '@cchc/shared/api/chat';

export interface RuleHit {
  intent: ChatIntentT;
  weight: number;
  why: string;
}

/** Words that name a PAKN (after normalisation: "pa" is "phan anh"). */
const PAKN_WORDS = ['phan anh', 'kien nghi', 'gop y', 'khieu nai', 'to cao', 'phan anh kien nghi', 'de nghi'];

/** Said of a PAKN already sent: "đã gửi", "gửi từ tuần trước", "lâu rồi", "hôm trước". */
const SENT_BEFORE = [
  'da gui', 'gui tu', 'gui roi', 'gui lau', 'gui hom', 'gui tuan', 'gui thang', 'gui may', 'gui duoc', 'gui cach day',
  'hom truoc', 'tuan truoc', 'thang truoc', 'hom qua', 'may hom', 'lau roi', 'lau vay', 'lau qua', 'lau lam', 'da phan anh',
  'da kien nghi', 'da gop y', 'co phan anh', 'co gui', 'tuan roi', 'thang roi', 'ngay roi',
];

/** Asking what became of it: an answer, a result, how far it got. */
const ASKS_OUTCOME = [
  'tra loi', 'hoi am', 'phan hoi', 'ket qua', 'tien do', 'den dau', 'toi dau', 'xu ly chua', 'xu ly den', 'duoc xu ly',
  'da xu ly', 'da co ai', 'co ai xuong', 'xem lai', 'chua thay', 'bao gio', 'chua co', 'giai quyet chua', 'tiep nhan chua',
  'sao roi', 'the nao roi', 'ra sao roi', 'chua ai', 'khong ai tra loi', 'im luon', 'im re', 'im lang', 'van im', 'la sao',
  'sao chua', 'toi gio', 'den gio', 'van chua', 'biet tien do', 'xu ly chua',
];

/** Wanting to send one now: these keep a message a new PAKN even with "chưa thấy" in it. */
const NEW_SUBMISSION = [
  'muon phan anh', 'muon kien nghi', 'muon gop y', 'xin phan anh', 'phan anh o dau', 'phan anh cho ai', 'gui phan anh o dau',
  'kien nghi o dau', 'gop y o dau', 'de phan anh', 'lam sao phan anh', 'can phan anh', 'phan anh giup', 'muon khieu nai',
];

/** A suggestion or complaint about how things are done: "bỏ bớt", "rườm rà", "nên rút gọn". */
const SUGGESTS = [
  'bot', 'giam', 'rut gon', 'ruom ra', 'phien ha', 'phuc tap', 'nen', 'them', 'mong', 'yeu cau', 'bat cap',
  'cham qua', 'lau qua', 'kho khan', 'gay kho', 'don gian hoa', 'cat giam', 'bo di', 'bo bot', 'cai tien', 'cai thien',
  'xem xet', 'cho tien', 'tien hon',
];

/** Nuisance said strongly: a complaint even when no PAKN word is written. */
const NUISANCE = [
  'qua chiu', 'khong chiu noi', 'chiu khong noi', 'kho chiu', 'buc xuc', 'het chiu', 'khong the chiu', 'khong ngu duoc', 'mat ngu',
  'dem khuya', 'nua dem', 'ca dem', 'suot dem', 'inh oi', 'am i', 'do trom', 'vut trom',
];

/** When: a time of day, a day of the week, a holiday, a clock time. */
const WHEN = [
  'may gio', 'trua', 'buoi trua', 'buoi sang', 'sang nay', 'sang mai', 'sang thu', 'buoi chieu', 'chieu', 'buoi toi', 'toi nay',
  'thu 2', 'thu 3', 'thu 4', 'thu 5', 'thu 6', 'thu 7', 'thu hai', 'thu ba', 'thu tu', 'thu nam', 'thu sau', 'thu bay',
  'chu nhat', 'cuoi tuan', 'ngay le', 'nghi le', 'le tet', 'tet', 'ngay nghi', 'gio hanh chinh', 'ngoai gio', 'gio nao', 'khung gio',
];

/** The commune's office doing its work: open, receive files, rest, be on duty. */
const OFFICE_ACTS = [
  'lam viec', 'nhan ho so', 'tiep nhan', 'nhan', 'nghi', 'mo cua', 'dong cua', 'truc', 'tiep dan', 'con ai', 'co ai',
  'di lam', 'vao lam', 'lam khong', 'co lam', 'hoat dong', 'nop ho so', 'nop', 'uy ban', 'ubnd', 'xa', 'mot cua', 'bo phan',
  'tru so', 'co quan', 'can bo',
];

/** A number asked for: "số nào", "số mấy", "số zalo", "gọi số". */
const NUMBER_ASKED = ['so nao', 'so may', 'so zalo', 'goi so', 'so bao nhieu', 'la so', 'so de goi'];
const CALL_WORDS = ['goi', 'goi dien', 'bao nhieu', 'nao', 'may', 'zalo', 'lien lac', 'lien he'];
/** "số của công an xã là bao nhiêu": whose number, then how it reads. */
const WHOSE_NUMBER = ['so cua', 'so ben'];
const READS_AS = ['la bao nhieu', 'la so', 'la may', 'de goi', 'goi', 'la gi'];

/** A password or a code for the online services ("quên mật khẩu VNeID"), not one asked of the bot. */
const SECRETS = ['mat khau', 'otp', 'ma xac thuc', 'ma otp'];
const ONLINE_ACCOUNT = ['vneid', 'tai khoan', 'dang nhap', 'dich vu cong', 'quen', 'ung dung', 'doi', 'lay lai', 'khong nhan duoc'];

/** What a rating is about: the officer, how they served. */
const RATED = ['can bo', 'thai do', 'chat luong', 'phuc vu', 'dich vu', 'tiep don', 'giai quyet ho so'];

const GREETING_TIME = / chao buoi (sang|trua|chieu|toi) /g;

const has = (text: string, phrase: string) => text.includes(` ${phrase} `);
const any = (text: string, phrases: readonly string[]) => phrases.some((p) => has(text, p));

/** "11h", "11h30", "7g": a clock time written as one word. */
function hasClockTime(words: readonly string[]): boolean {
  return words.some((w) => /^\d{1,2}[hg]\d{0,2}$/.test(w));
}

/** The rules that fire on the folded words (`text` padded with spaces). */
export function combinationRules(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  const words = text.trim().split(' ');
  const pakn = any(text, PAKN_WORDS);

  // A PAKN sent before, and what became of it: status (unless the message asks to send one now).
  if (pakn && !any(text, NEW_SUBMISSION)) {
    const sent = any(text, SENT_BEFORE);
    const outcome = any(text, ASKS_OUTCOME);
    if (sent && outcome) hits.push({ intent: 'feedback_status', weight: 5, why: 'đã gửi + hỏi kết quả' });
    else if (sent || outcome) hits.push({ intent: 'feedback_status', weight: 3, why: sent ? 'đã gửi' : 'hỏi kết quả' });
  }
  // A PAKN word and a suggestion about how things are done: a new kiến nghị, not a procedure question.
  if (pakn && any(text, SUGGESTS) && !hits.some((h) => h.intent === 'feedback_status')) {
    hits.push({ intent: 'feedback_submit', weight: 3.5, why: 'kiến nghị, góp ý' });
  }
  if (any(text, NUISANCE)) hits.push({ intent: 'feedback_submit', weight: 2, why: 'bức xúc' });

  // A time and the office's work: office hours ("trưa có nhận hồ sơ không", "thứ 7 xã có làm không").
  // "chào buổi sáng" greets: its time of day is no question about the office.
  const timed = text.replace(GREETING_TIME, ' chao ');
  if ((any(timed, WHEN) || hasClockTime(words)) && any(timed, OFFICE_ACTS)) {
    hits.push({ intent: 'office', weight: 5, why: 'giờ + làm việc' });
  }

  // A number asked for with a call or a whom: hotline ("gọi hỏi thủ tục thì số nào", "số của công an xã là bao nhiêu").
  if ((any(text, NUMBER_ASKED) && any(text, CALL_WORDS)) || (any(text, WHOSE_NUMBER) && any(text, READS_AS))) {
    hits.push({ intent: 'hotline', weight: 4, why: 'hỏi số để gọi' });
  }

  if (any(text, SECRETS) && any(text, ONLINE_ACCOUNT)) hits.push({ intent: 'online_guide', weight: 3, why: 'mật khẩu, mã của tài khoản' });

  // Rating an officer or the service: survey ("muốn đánh giá cán bộ tiếp nhận hồ sơ").
  if ((has(text, 'danh gia') || has(text, 'cham diem')) && any(text, RATED)) hits.push({ intent: 'survey', weight: 2.5, why: 'đánh giá cán bộ' });
  return hits;
}
