/**
 * Values the chatbot picks out of a message: a PAKN code, a phone number, a yes or no,
 * the commune named. Pure.
 */
import { normalizeFeedbackCode } from '@cchc/shared/text/feedback-code';
import { foldForSearch } from '@cchc/shared/text/normalize';
import { normalizeVietnamPhone } from '@cchc/shared/text/phone';

/**
 * "PA-2611-7K3M9", also typed "pa 2611 7k3m9", "PA26117K3M9", "PA – 2611 – 7K3M9" (a phone's dash with spaces)
 * or "pa.2611.7k3m9" (the feedback feature's format, with whatever people put between its parts).
 */
const CODE_IN_TEXT = /(?<![A-Za-z0-9])(PA|KN)[\s.\-–—_]{0,3}(\d{4})[\s.\-–—_]{0,3}([2-9A-HJ-NP-Z]{5})(?![A-Za-z0-9])/i;

export function feedbackCodeIn(text: string): string | null {
  const m = CODE_IN_TEXT.exec(text);
  return m ? normalizeFeedbackCode(m[0]) : null;
}

/** A Vietnamese phone number written in the message, as written (digits and spaces). */
export function phoneIn(text: string): string | null {
  for (const m of text.matchAll(/(?:\+?84|0)[\d .-]{8,14}\d/g)) {
    const candidate = m[0].replace(/[ .-]/g, '');
    if (normalizeVietnamPhone(candidate)) return candidate;
  }
  return null;
}

const YES = ['co', 'dong y', 'ok', 'gui', 'gui di', 'xac nhan', 'dung', 'dung roi', 'uh', 'u', 'vang', 'da', 'yes', 'chinh xac', 'gui phan anh'];
const NO = ['khong', 'huy', 'thoi', 'khong gui', 'dung lai', 'no', 'bo', 'huy bo'];
const SKIP = ['bo qua', 'khong co', 'khong can', 'tiep', 'tiep tuc', 'skip', 'khong co anh'];

function isOneOf(folded: string, options: string[]): boolean {
  const trimmed = folded.trim();
  const text = trimmed.endsWith(' a') ? trimmed.slice(0, -2) : trimmed;
  return options.includes(text);
}

export const saysYes = (folded: string) => isOneOf(folded, YES);
export const saysNo = (folded: string) => isOneOf(folded, NO);
export const saysSkip = (folded: string) => isOneOf(folded, SKIP) || folded.startsWith('bo qua');

/** "huy", "thoat", "dung lai": leave the guided conversation. */
export function saysCancel(folded: string): boolean {
  return /^(huy|huy bo|thoat|dung lai|khong gui nua|thoi khong gui|bo phan anh)( a| nhe)?$/.test(folded.trim());
}

/** The unit (of those offered) whose name the message holds: "xã Bình Giang", "binh giang", "p le chan". */
export function unitNamed<U extends { name: string }>(folded: string, units: readonly U[]): U | null {
  const text = ` ${folded} `;
  let best: U | null = null;
  let bestLength = 0;
  for (const unit of units) {
    const bare = foldForSearch(unit.name).replace(/^(xa|phuong|dac khu|thi tran)\s+/, '');
    if (bare !== '' && text.includes(` ${bare} `) && bare.length > bestLength) {
      best = unit;
      bestLength = bare.length;
    }
  }
  return best;
}
