/**
 * Vietnamese text normalisation. One place for the rules, used by the database
 * writes, the catalog search and the chatbot alike.
 */

// C0/C1 control characters except tab, newline, carriage return.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** NFC, no control characters, trimmed. What every stored text goes through. */
export function cleanText(input: string): string {
  return input.normalize('NFC').replace(CONTROL_CHARS, '').trim();
}

/**
 * Search key: lower case, diacritics folded (đ → d), anything that is not a
 * letter or digit turned into a single space. "Đăng ký khai sinh!" → "dang ky khai sinh".
 */
export function foldForSearch(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Folded words of a text. */
export function searchTokens(input: string): string[] {
  const folded = foldForSearch(input);
  return folded === '' ? [] : folded.split(' ');
}
