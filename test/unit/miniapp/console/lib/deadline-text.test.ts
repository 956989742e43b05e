import { describe, expect, it } from 'vitest';
import { deadlineTextAt } from '../../../../../miniapp/src/console/lib/deadline-text.ts';

describe('the console deadline badge of an item due at an hour (khẩn)', () => {
  const dueAt = new Date('2026-02-23T16:30:00+07:00').toISOString();
  it('says the hour on the due day, and late once it has passed', () => {
    expect(deadlineTextAt(0, dueAt, new Date('2026-02-23T09:00:00+07:00'))).toEqual({ text: 'Hết hạn lúc 16:30 hôm nay', tone: 'today' });
    expect(deadlineTextAt(0, dueAt, new Date('2026-02-23T16:31:00+07:00'))).toEqual({ text: 'quá hạn (hạn 16:30)', tone: 'late' });
  });
  it('counts days as before otherwise', () => {
    expect(deadlineTextAt(3, dueAt)).toEqual({ text: 'còn 3 ngày làm việc', tone: 'ok' });
    expect(deadlineTextAt(0, null)).toEqual({ text: 'Hôm nay hết hạn', tone: 'today' });
  });
});
