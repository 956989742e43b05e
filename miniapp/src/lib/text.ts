/** Vietnamese text helpers for the UI (search keys, sorting). */

/**
 * Folds Vietnamese text to a search key: lower case, no diacritics (đ → d), single spaces.
 * "Xã Bình Giang" → "xa binh giang".
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sorts Vietnamese names the way people expect (Intl.Collator('vi'), never code points). */
export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
