/**
 * Which of the ten intents (API.md) a message means: weighted cue phrases over the normalised
 * words, plus what the catalog search found for `procedure`. Small and explainable: every
 * intent's score is the sum of the cues it matched, and `explain` lists them.
 */
import type { ChatIntentT } from '@cchc/shared/api/chat';
import { combinationRules } from './intent-rules.ts';

/** A cue: a phrase of folded words, or several that must all appear (in any order). */
type Cue = [phrase: string | string[], weight: number];

/** Below this, no intent is sure enough: fallback. */
export const MIN_INTENT_SCORE = 2;

const PLACE_WORDS = ['uy ban', 'ubnd', 'tru so', 'mot cua', 'trung tam phuc vu', 'bo phan tiep nhan', 'van phong', 'co quan'];
const WHERE_WORDS = ['o dau', 'cho nao', 'o cho nao', 'nam o', 'duong nao', 'di the nao', 'duong den', 'dia chi'];

function allPairs(a: string[], b: string[], weight: number): Cue[] {
  return a.flatMap((x) => b.map((y) => [[x, y], weight] as Cue));
}

const CUES: Record<Exclude<ChatIntentT, 'procedure' | 'fallback'>, Cue[]> = {
  greeting: [
    ['xin chao', 3], ['chao', 2.5], ['hello', 3], ['hi', 2.5], ['alo', 2.5], ['helo', 3], ['hey', 2.5], ['chao buoi', 3],
    // Asking for the menu.
    ['menu', 3], ['tro giup', 2.5], ['help', 3], ['bat dau', 2],
  ],
  thanks: [
    ['cam on', 3.5], ['cam ta', 3], ['ok cam on', 1], ['tot qua', 1.5],
    ['hieu roi', 2.5], ['ro roi', 2.5], ['biet roi', 2.5],
  ],
  hotline: [
    ['so dien thoai', 3.5], ['dien thoai', 1.5], ['hotline', 4], ['duong day nong', 4], ['dien thoai nong', 4], ['tong dai', 3],
    ['so may', 3], ['goi dien', 3], ['goi cho ai', 3], ['so de goi', 3], ['so goi', 3], ['lien he', 1.5], ['so lien he', 3],
    ['dien thoai lien he', 3], ['nhan tin', 1], ['zalo cua', 1.5], ['so cua', 1], ['so can bo', 4], ['so cua can bo', 1],
  ],
  office: [
    ['gio lam viec', 4], ['lam viec', 1], ['may gio', 1], ['mo cua', 2], ['dong cua', 2], ['nghi trua', 2.5], ['tiep dan', 2],
    ['thu 7', 1.5], ['thu bay', 1.5], ['chu nhat', 1.5], ['ngay le', 1], ['lam viec khong', 2], ['co lam khong', 2],
    ['tru so', 3], ['dia chi', 2], ['gio hanh chinh', 3], ['buoi sang', 1], ['buoi chieu', 1], ['thi nghi', 1.5],
    ...allPairs(PLACE_WORDS, WHERE_WORDS, 3.5),
  ],
  online_guide: [
    ['huong dan su dung', 2.5], ['huong dan', 1], ['cach', 1], ['truc tuyen', 2], ['qua mang', 2.5], ['tren mang', 2.5],
    ['dich vu cong', 2], ['cong dich vu cong', 1], ['vneid', 1.5], ['kich hoat', 2.5], ['dang nhap', 2.5], ['tai khoan', 1.5],
    ['thanh toan', 3], ['tra phi', 2.5], ['tra le phi', 3], ['nop phi', 2], ['chuyen khoan', 2.5], ['the ngan hang', 1.5],
    ['tra cuu ho so', 3.5], ['ma ho so', 2.5], ['ban dien tu', 3], ['ket qua dien tu', 3], ['tai ket qua', 2], ['ung dung', 1], ['mat khau', 0.5], ['otp', 0.5], ['ma xac thuc', 0.5],
    ['qua dien thoai', 1.5], ['nop ho so', 1.5], ['nop online', 1], ['lam sao de', 0.5], ['nguoi lon tuoi', 0.5],
  ],
  feedback_submit: [
    ['phan anh', 2], ['kien nghi', 2], ['gop y', 2], ['khieu nai', 2], ['to giac', 2.5], ['to cao', 2], ['bao cao', 1],
    ['muon phan anh', 1.5], ['gui phan anh', 1.5], ['gui kien nghi', 1.5], ['muon kien nghi', 1.5], ['muon gop y', 1.5], ['bao hong', 2.5], ['bi hong', 2], ['hong', 1],
    ['den duong', 2], ['den chieu sang', 2], ['rac', 1.5], ['do rac', 1.5], ['ngap', 2], ['bi tac', 1.5], ['tac', 1],
    ['o nhiem', 2.5], ['on ao', 2.5], ['tieng on', 2.5], ['lan chiem', 2.5], ['via he', 1], ['xuong cap', 2], ['hu hong', 2],
    ['mui hoi', 2], ['boc mui', 2], ['hoi thoi', 2], ['cay do', 2], ['o ga', 2], ['ho ga', 2], ['mat dien', 1.5], ['mat nuoc', 1.5],
    ['thai do', 2], ['gay kho de', 2.5], ['nhung nhieu', 2.5], ['hach sach', 2.5], ['cham tre', 1.5], ['vi pham', 1.5],
    ['karaoke', 1.5], ['chan ngang', 1.5], ['can xu ly', 1.5], ['trom', 1.5], ['mat trat tu', 2], ['xa thai', 2],
    ['sua duong', 1.5], ['bua bai', 1.5], ['thu gom', 1.5], ['khong ai', 1], ['nguy hiem', 1.5], ['lun', 1.5], ['nut', 1],
    ['sut lun', 1.5], ['bi vo', 1.5], ['khoi', 1], ['bui', 1], ['nuoc thai', 2], ['lan chiem long duong', 1],
    ['do trom', 3], ['phe thai', 2], ['vut rac', 2], ['xa rac', 2], ['chay no', 1.5],
    // Asking the commune to repair something public, or it about to fall.
    [['de nghi', 'sua lai'], 2.5], [['de nghi', 'sua chua'], 2.5], [['de nghi', 'xu ly'], 2.5], [['de nghi', 'kiem tra'], 2],
    ['sap sap', 2.5], ['sap do', 2], ['nut ne', 2],
  ],
  feedback_status: [
    ['tra cuu phan anh', 4], ['tra cuu kien nghi', 4], ['phan anh cua toi', 3], ['kien nghi cua toi', 3], ['phan anh cua minh', 3],
    ['tinh trang phan anh', 4], ['theo doi phan anh', 4], ['kiem tra phan anh', 4], ['xem lai phan anh', 4], ['phan anh da gui', 4],
    ['den dau roi', 2.5], ['xu ly chua', 2], ['xu ly den dau', 2.5], ['tra loi chua', 2.5], ['giai quyet chua', 2], ['chua thay', 1],
    ['da gui', 1.5], ['hom truoc', 1], ['gui hom', 1.5], ['duoc tra loi', 2], ['co tra loi', 2], ['chua duoc giai quyet', 2],
    ['chua thay giai quyet', 2], ['bao gio', 0.5], ['ket qua phan anh', 3],
    [['phan anh', 'cua toi'], 2], [['kien nghi', 'cua toi'], 2], [['phan anh', 'chua'], 1], [['kien nghi', 'chua'], 1],
    ['tiep nhan chua', 2], ['da duoc tiep nhan', 1.5],
  ],
  survey: [
    ['danh gia', 3], ['hai long', 3], ['khao sat', 3.5], ['cham diem', 3.5], ['muc do hai long', 1], ['y kien ve chat luong', 2.5],
  ],
};

/** Words that say the citizen asks about a procedure (what to bring, how long, how much, where to apply). */
const PROCEDURE_CUES: Cue[] = [
  ['ho so', 1], ['giay to', 1], ['can gi', 1], ['can nhung gi', 1], ['mang theo', 1], ['le phi', 1],
  ['bao lau', 1], ['mat bao lau', 1], ['dang ky', 1], ['xin giay', 1.5], ['lam giay', 1.5], ['cap', 0.5], ['chung thuc', 1],
  ['xac nhan', 0.5], ['lam lai', 0.5], ['o dau', 0.5], ['the nao', 0.5], ['nhu the nao', 0.5], ['duoc khong', 0.5],
];

/** What the catalog search found for the message. */
export interface ProcedureSignal {
  /** Procedures that match well (the catalog search only answers what matches well). */
  hits: number;
  /** The best of them says most of the question's words (not a faint match of one word). */
  sure: boolean;
  /** Another agency handles what was asked (đăng ký tạm trú → Công an xã). */
  referral: boolean;
}

export interface IntentScore {
  intent: ChatIntentT;
  score: number;
  /** Why: the cues matched per intent. */
  explain: Partial<Record<ChatIntentT, string[]>>;
}

const ACKNOWLEDGEMENTS = new Set(['ok', 'vang', 'da', 'da vang', 'vang a', 'u', 'uh', 'uhm', 'duoc', 'duoc roi', 'ok roi', 'hieu', 'ro', 'tot', 'tuyet']);

/** A PAKN code written anywhere in the text (its own dashes and spaces optional): it asks for that PAKN. */
const FEEDBACK_CODE_SCORE = 6;

export function classify(folded: string, signal: ProcedureSignal, hasFeedbackCode: boolean): IntentScore {
  const text = ` ${folded} `;
  const scores = new Map<ChatIntentT, number>();
  const explain: IntentScore['explain'] = {};
  const add = (intent: ChatIntentT, weight: number, why: string) => {
    scores.set(intent, (scores.get(intent) ?? 0) + weight);
    (explain[intent] ??= []).push(why);
  };
  for (const [intent, cues] of Object.entries(CUES) as [ChatIntentT, Cue[]][]) {
    for (const [phrase, weight] of cues) if (matches(text, phrase)) add(intent, weight, describe(phrase));
  }
  for (const rule of combinationRules(text)) add(rule.intent, rule.weight, rule.why);
  // "hỏi thủ tục" names the intent even when no procedure is named yet: the bot asks which.
  if (matches(text, 'thu tuc')) add('procedure', 2, 'thu tuc');
  if (signal.referral) add('procedure', 3, 'nơi khác giải quyết');
  if (signal.hits > 0) {
    add('procedure', signal.sure ? 2.5 : 1.2, `danh mục: ${signal.hits} thủ tục${signal.sure ? '' : ' (khớp ít)'}`);
    // Procedure cues only count with a match in the catalog: "can gi" alone is no procedure.
    let cueSum = 0;
    for (const [phrase, weight] of PROCEDURE_CUES) if (matches(text, phrase)) cueSum += weight;
    if (cueSum > 0) add('procedure', Math.min(cueSum, 1.5), 'hỏi về hồ sơ');
  }
  if (hasFeedbackCode) add('feedback_status', FEEDBACK_CODE_SCORE, 'mã phản ánh');
  // "ok", "vâng", "dạ": an acknowledgement said alone is no question the bot failed to understand.
  if (ACKNOWLEDGEMENTS.has(folded.replace(/ (a|nhe|nha|roi)$/, '').trim())) add('thanks', 3, 'lời đáp');

  let best: ChatIntentT = 'fallback';
  let bestScore = 0;
  for (const [intent, score] of scores) {
    if (score > bestScore) {
      best = intent;
      bestScore = score;
    }
  }
  if (bestScore < MIN_INTENT_SCORE) return { intent: 'fallback', score: bestScore, explain };
  return { intent: best, score: bestScore, explain };
}

function matches(text: string, phrase: string | string[]): boolean {
  return typeof phrase === 'string' ? text.includes(` ${phrase} `) : phrase.every((p) => text.includes(` ${p} `));
}

function describe(phrase: string | string[]): string {
  return typeof phrase === 'string' ? phrase : phrase.join(' + ');
}
