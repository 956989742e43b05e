/** "0225 3999 011" → "02253999011", the digits a tel: link dials. */
export function phoneDigits(phone: string): string {
  return phone.replace(/[^\d+]/g, '');
}

/**
 * A Vietnamese phone number as written ("0912.345.678", "+84 912 345 678",
 * "(0225) 3999 011") → its national form "0912345678", or null when it cannot be
 * one (mobile numbers have 10 digits, landlines 11).
 */
export function normalizeVietnamPhone(phone: string): string | null {
  let digits = phoneDigits(phone);
  if (digits.startsWith('+84')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('84') && digits.length >= 11) digits = `0${digits.slice(2)}`;
  return /^0\d{9,10}$/.test(digits) ? digits : null;
}
