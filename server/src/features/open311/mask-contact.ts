import { redactPersonalData } from '../feedback/redact.ts';

export interface KnownContact {
  name: string;
  phone: string;
  address: string;
}

const HIDDEN = '[đã ẩn]';

/**
 * A PAKN's text for the public: the submitter's own name, phone and address are
 * removed wherever they appear in it, then phones, e-mails and identity numbers
 * written into the text are masked like every published PAKN.
 */
export function maskContact(text: string, contact: KnownContact): string {
  let out = text;
  for (const value of [contact.address, contact.name]) {
    const needle = value.trim();
    if (needle.length >= 4) out = replaceAllInsensitive(out, needle, HIDDEN);
  }
  const digits = contact.phone.replace(/\D/g, '');
  if (digits.length >= 6) {
    // The same number however it was spaced or dotted in the text.
    const spaced = new RegExp(digits.split('').join('[\\s.-]?'), 'g');
    out = out.replace(spaced, HIDDEN);
  }
  return redactPersonalData(out);
}

function replaceAllInsensitive(text: string, needle: string, replacement: string): string {
  const escaped = needle.normalize('NFC').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.normalize('NFC').replace(new RegExp(escaped, 'giu'), replacement);
}
