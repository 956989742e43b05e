import { describe, expect, it } from 'vitest';
import { formatCount, formatDays, formatShare, isEmptyPeriod, overdueShare, sortByOverdueShare, type UnitRow } from '../../../../../../../miniapp/src/console/features/figures/lib/figures-words.ts';

const row = (name: string, received: number, overdue: number): UnitRow => ({ name, slug: name.toLowerCase(), received, answered: 0, answeredOnTime: received - overdue, overdue });

describe('figures in words', () => {
  it('writes numbers the Vietnamese way', () => {
    expect(formatCount(1234)).toBe('1.234');
    expect(formatDays(2.5)).toBe('2,5');
    expect(formatDays(3)).toBe('3');
    expect(formatDays(null)).toBe('—');
    expect(formatShare(0.834)).toBe('83%');
    expect(formatShare(null)).toBe('—');
  });

  it('puts the commune with the largest share overdue first, more overdue breaking ties, and those without PAKN last', () => {
    const sorted = sortByOverdueShare([row('An', 10, 1), row('Bình', 0, 0), row('Cẩm', 4, 2), row('Dương', 8, 4), row('Giang', 2, 0)]);
    expect(sorted.map((r) => r.name)).toEqual(['Dương', 'Cẩm', 'An', 'Giang', 'Bình']);
    expect(overdueShare(row('X', 0, 0))).toBeNull();
    expect(overdueShare(row('X', 4, 1))).toBe(0.25);
  });

  it('calls a period without PAKN empty', () => {
    expect(isEmptyPeriod({ received: 0 })).toBe(true);
    expect(isEmptyPeriod({ received: 1 })).toBe(false);
  });
});
