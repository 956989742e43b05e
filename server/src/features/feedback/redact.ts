/**
 * Published PAKN leave out the contact, but citizens also write their phone or
 * e-mail into the text itself. Those are masked before publication; names and
 * addresses in free text cannot be found reliably, which is why a leader approves
 * every publication.
 */
import { maskEmails } from './mask-emails.ts';

// A phone number: 0 or +84/84, then 8–10 more digits, groups separated by a space, dot or dash.
const PHONE = /(?<![\p{L}\p{N}])(?:\+84|84|0)(?:[ .-]?\d){8,10}(?![\p{L}\p{N}])/gu;
// Citizen identity numbers (CCCD: 12 digits, CMND: 9) and other long numbers.
const LONG_NUMBER = /(?<!\d)\d{9,}(?!\d)/g;

/** "0912 345 678" → "09xx xxx xxx": the shape stays, the digits after the first two go. */
function maskDigits(match: string): string {
  let seen = 0;
  return match.replace(/\d/g, (d) => (++seen <= 2 ? d : 'x'));
}

export function redactPersonalData(text: string): string {
  return maskEmails(text, '[email đã ẩn]')
    .replace(PHONE, maskDigits)
    .replace(LONG_NUMBER, maskDigits);
}
