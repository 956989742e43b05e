import type { ChannelAdviceT } from '@cchc/shared/api/feedback';
import { foldForSearch } from '@cchc/shared/text/normalize';

/**
 * Nghị định 20/2008 excludes khiếu nại and tố cáo from PAKN: text that reads like
 * one gets an explanation of its legal channel before the citizen decides. This
 * is advice only; the citizen may still send it as PAKN.
 */

/**
 * Words in order, each within `gap` characters of the previous one. Matched on the
 * folded text (robust to missing or differently placed marks), except `strict` cues,
 * which fold into everyday words ("tố cáo" → "to cao", as in "tường to cao"; "đòi
 * tiền" → "doi tien", as in "đổi tiền") and so keep their marks when the citizen
 * typed with diacritics.
 */
interface Cue {
  words: string[];
  gap?: number;
  strict?: boolean;
}

const phrase = (text: string, strict = false): Cue => ({ words: [text], strict });
const near = (words: string[], gap = 80): Cue => ({ words, gap });

const COMPLAINT_CUES: Cue[] = [
  phrase('khiếu nại'),
  phrase('đơn khiếu'),
  phrase('xâm phạm quyền lợi của tôi'),
  phrase('xâm phạm quyền lợi của gia đình tôi'),
  phrase('xâm phạm quyền và lợi ích hợp pháp'),
  phrase('đòi hủy quyết định'),
  phrase('yêu cầu hủy quyết định'),
  phrase('hủy bỏ quyết định'),
  near(['quyết định', 'trái pháp luật']),
  near(['quyết định', 'sai pháp luật']),
  near(['quyết định', 'không đúng pháp luật']),
];

const DENUNCIATION_CUES: Cue[] = [
  phrase('tố cáo', true),
  phrase('tham nhũng'),
  phrase('nhận hối lộ'),
  phrase('ăn hối lộ'),
  phrase('đưa hối lộ'),
  phrase('lợi dụng chức vụ'),
  phrase('bảo kê'),
  phrase('đòi tiền', true),
  phrase('vòi tiền', true),
  phrase('đòi phong bì'),
  near(['cán bộ', 'vi phạm pháp luật']),
  near(['công chức', 'vi phạm pháp luật']),
  near(['cán bộ', 'làm trái pháp luật']),
];

const COMPLAINT_ADVICE: ChannelAdviceT = {
  kind: 'khieu_nai',
  title: 'Nội dung này có thể là khiếu nại',
  explanation:
    'Nếu bạn cho rằng một quyết định hoặc việc làm của cơ quan, cán bộ nhà nước là trái pháp luật và xâm phạm ' +
    'quyền, lợi ích hợp pháp của chính bạn, đó là khiếu nại theo Luật Khiếu nại năm 2011, không phải phản ánh, kiến nghị. ' +
    'Bạn gửi đơn khiếu nại (lần đầu) đến chính người hoặc cơ quan đã ra quyết định hoặc có việc làm đó, trong vòng ' +
    '90 ngày kể từ khi bạn biết về quyết định, việc làm ấy. Thời hạn giải quyết là 30 ngày kể từ ngày thụ lý, vụ việc ' +
    'phức tạp không quá 45 ngày. Nếu bạn chỉ muốn góp ý về quy định, thủ tục hành chính, bạn vẫn có thể gửi phản ánh, kiến nghị.',
};

const DENUNCIATION_ADVICE: ChannelAdviceT = {
  kind: 'to_cao',
  title: 'Nội dung này có thể là tố cáo',
  explanation:
    'Nếu bạn báo cho cơ quan nhà nước biết một hành vi vi phạm pháp luật của cán bộ, công chức hoặc của người khác ' +
    '(ví dụ nhận hối lộ, đòi tiền, tham nhũng), đó là tố cáo theo Luật Tố cáo năm 2018, không phải phản ánh, kiến nghị. ' +
    'Bạn gửi đơn tố cáo, ghi rõ họ tên, địa chỉ, đến cơ quan có thẩm quyền: người đứng đầu cơ quan quản lý người bị tố cáo ' +
    'hoặc cơ quan cấp trên, thanh tra; hành vi có dấu hiệu tội phạm thì gửi cơ quan công an. Thông tin về người tố cáo được ' +
    'giữ bí mật và người tố cáo được pháp luật bảo vệ. Nếu bạn chỉ muốn góp ý về quy định, thủ tục hành chính, bạn vẫn có ' +
    'thể gửi phản ánh, kiến nghị.',
};

const NO_ADVICE: ChannelAdviceT = {
  kind: null,
  title: 'Nội dung phù hợp với phản ánh, kiến nghị',
  explanation: 'Bạn có thể tiếp tục gửi phản ánh, kiến nghị.',
};

/** The legal channel this text belongs to; tố cáo is checked first, as it is the more serious. */
export function adviseChannel(content: string): ChannelAdviceT {
  const text = readable(content);
  if (DENUNCIATION_CUES.some((cue) => text.matches(cue))) return DENUNCIATION_ADVICE;
  if (COMPLAINT_CUES.some((cue) => text.matches(cue))) return COMPLAINT_ADVICE;
  return NO_ADVICE;
}

function readable(content: string): { matches(cue: Cue): boolean } {
  const withMarks = content.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
  const folded = foldForSearch(content);
  const marked = hasDiacritics(content);
  return {
    matches(cue) {
      if (cue.strict && marked) return cueRegex(cue.words.map((w) => w.normalize('NFC')), cue.gap ?? 0).test(withMarks);
      return cueRegex(cue.words.map(foldForSearch), cue.gap ?? 0).test(folded);
    },
  };
}

/** Mostly-unmarked text is treated as typed without diacritics. */
function hasDiacritics(text: string): boolean {
  const words = text.normalize('NFC').split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return false;
  const marked = words.filter((w) => /[^\x00-\x7F]/.test(w)).length;
  return marked / words.length >= 0.2;
}

/** Every expression the cues compile to (the ReDoS check in the tests reads them). */
export function cueRegexes(): RegExp[] {
  return [...COMPLAINT_CUES, ...DENUNCIATION_CUES].flatMap((cue) => [
    cueRegex(cue.words.map(foldForSearch), cue.gap ?? 0),
    ...(cue.strict ? [cueRegex(cue.words.map((w) => w.normalize('NFC')), cue.gap ?? 0)] : []),
  ]);
}

const regexCache = new Map<string, RegExp>();

function cueRegex(parts: string[], gap: number): RegExp {
  const key = `${gap}|${parts.join('|')}`;
  let regex = regexCache.get(key);
  if (!regex) {
    const body = parts.map(escape).join(`[^.!?\\n]{0,${gap}}?`);
    regex = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u');
    regexCache.set(key, regex);
  }
  return regex;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}
