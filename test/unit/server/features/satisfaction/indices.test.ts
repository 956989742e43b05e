import { describe, expect, it } from 'vitest';
import { indexOf, ratios766, type Histogram } from '../../../../../server/src/features/satisfaction/indices.ts';

describe('indexOf', () => {
  it('counts 4 and 5 as satisfied, averages the levels, flags a small sample', () => {
    // 1×1, 1×2, 2×3, 3×4, 3×5: n 10, satisfied 6, mean (1+2+6+12+15)/10 = 3.6
    const h: Histogram = [0, 1, 1, 2, 3, 3];
    expect(indexOf(h, 1000)).toEqual({ n: 10, satisfied: 6, share: 0.6, ci: { low: 0.3127, high: 0.8318 }, mean: 3.6, population: 1000, requiredSample: 286, lowSample: true });
    expect(indexOf(h, null)).toMatchObject({ requiredSample: null, lowSample: false });
  });

  it('has no share, interval or mean without answers', () => {
    expect(indexOf([0, 0, 0, 0, 0, 0], 10)).toMatchObject({ n: 0, share: null, ci: null, mean: null, lowSample: true });
  });
});

describe('ratios766', () => {
  it('takes late and unsatisfied PAKN away, and "không hài lòng" survey answers from the TTHC ratio', () => {
    const r = ratios766({ received: 6, rejected: 1, answeredOnTime: 2, overdue: 2, unsatisfiedNotOverdue: 1 }, [0, 1, 1, 2, 3, 3]);
    expect(r.paknOnTime).toMatchObject({ numerator: 2, denominator: 5, ratio: 0.4 });
    expect(r.paknSatisfied).toMatchObject({ numerator: 2, denominator: 5, ratio: 0.4 });
    expect(r.tthcSatisfied).toMatchObject({ numerator: 8, denominator: 10, ratio: 0.8 });
  });
});
