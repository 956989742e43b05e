/** "0225 3999 011" → "02253999011", the digits a tel: link dials. */
export function phoneDigits(phone: string): string {
  return phone.replace(/[^\d+]/g, '');
}
