import { describe, expect, it } from 'vitest';
import { requiredSample, wilson } from '../../../../../server/src/features/satisfaction/wilson.ts';

describe('wilson', () => {
  // Hand-checked (z = 1.959964, z² = 3.841459): see test/api/satisfaction/indices.test.ts for the steps.
  it.each([
    [6, 10, 0.3127, 0.8318],
    [10, 10, 0.7225, 1],
    [0, 10, 0, 0.2775],
    // 80/100: centre (0.8 + 0.019207)/1.038415 = 0.788914, half z·√(0.0016 + 0.000096)/1.038415 = 0.077733
    [80, 100, 0.7112, 0.8666],
  ])('%i of %i → [%f, %f]', (k, n, low, high) => {
    const ci = wilson(k, n)!;
    expect(ci.low).toBeCloseTo(low, 4);
    expect(ci.high).toBeCloseTo(high, 4);
  });

  it('has no interval without answers or with impossible counts', () => {
    expect(wilson(0, 0)).toBeNull();
    expect(wilson(3, 2)).toBeNull();
    expect(wilson(-1, 2)).toBeNull();
  });
});

describe('requiredSample (n = N/(1+N·e²), e = 5 %)', () => {
  it.each([
    [10, 10], // 10/1.025 = 9.76
    [296, 171], // 296/1.74 = 170.1
    [1000, 286], // 1000/3.5 = 285.7
    [100000, 399], // 100000/251 = 398.4
    [0, 0],
  ])('N = %i → %i', (population, n) => expect(requiredSample(population)).toBe(n));

  it('is unknown without N', () => expect(requiredSample(null)).toBeNull());
});
