import type { FeedbackKindT } from '@cchc/shared/api/feedback';

/** The citizen side names what they sent: "phản ánh" or "kiến nghị", never one for the other. */
export const KIND_NAMES: Record<FeedbackKindT, string> = { phan_anh: 'phản ánh', kien_nghi: 'kiến nghị' };

/** The kind is in the code: PA for phản ánh, KN for kiến nghị. */
export const kindOfCode = (code: string): FeedbackKindT => (code.trim().toUpperCase().startsWith('KN') ? 'kien_nghi' : 'phan_anh');

/** "Phản ánh" / "Kiến nghị" at the start of a sentence or a title. */
export const capitalized = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
