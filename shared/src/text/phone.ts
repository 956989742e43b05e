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

/**
 * A phone number as people write it: "84912345678" or "0912345678" → "0912 345 678"
 * (mobile, 4-3-3), "02253999011" → "0225 3999 011" (landline, 4-4-3). What cannot be a
 * Vietnamese number is given back as it came.
 */
export function formatVietnamPhone(phone: string): string {
  const national = normalizeVietnamPhone(phone);
  if (national === null) return phone;
  return national.length === 10
    ? `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`
    : `${national.slice(0, 4)} ${national.slice(4, 8)} ${national.slice(8)}`;
}

/** "0912 345 678" with its middle hidden, "0912 *** 678", for showing a number without giving it away. */
export function maskVietnamPhone(phone: string): string {
  const formatted = formatVietnamPhone(phone);
  const parts = formatted.split(' ');
  if (parts.length !== 3) return formatted.replace(/\d(?=\d{3})/g, '*');
  return `${parts[0]} ${'*'.repeat(parts[1].length)} ${parts[2]}`;
}
