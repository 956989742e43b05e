/** "còn N ngày làm việc" (green, amber when ≤ 2), "Hôm nay hết hạn", "quá hạn N ngày" (red). */
export function deadlineText(days: number): { text: string; tone: 'ok' | 'warn' | 'today' | 'late' } {
  if (days < 0) return { text: `quá hạn ${-days} ngày`, tone: 'late' };
  if (days === 0) return { text: 'Hôm nay hết hạn', tone: 'today' };
  return { text: `còn ${days} ngày làm việc`, tone: days <= 2 ? 'warn' : 'ok' };
}

/** On the due day of an item timed in working hours (khẩn), the hour decides: "hết hạn lúc 16:30" or "quá hạn". */
export function deadlineTextAt(days: number, dueAt: string | null | undefined, now = new Date()): { text: string; tone: 'ok' | 'warn' | 'today' | 'late' } {
  if (!dueAt || days !== 0) return deadlineText(days);
  const due = new Date(dueAt);
  const time = due.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh', hour12: false });
  return now > due ? { text: `quá hạn (hạn ${time})`, tone: 'late' } : { text: `Hết hạn lúc ${time} hôm nay`, tone: 'today' };
}
