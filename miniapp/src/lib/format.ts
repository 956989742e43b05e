/** Formats what a person reads: dates as dd/mm/yyyy in Asia/Ho_Chi_Minh. */

const dateFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** "2025-07-01" or an ISO instant → "01/07/2025"; text that is not a date comes back unchanged. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (day) return `${day[3]}/${day[2]}/${day[1]}`;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  return dateFormatter.format(instant);
}
