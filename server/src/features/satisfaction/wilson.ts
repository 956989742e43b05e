/**
 * The 95 % Wilson score interval of a share (Wilson 1927): for k successes in n trials,
 * p = k/n and z = 1.959964 (the 97.5th percentile of the normal distribution),
 *   centre = (p + z²/2n) / (1 + z²/n),
 *   half   = z·√(p(1−p)/n + z²/4n²) / (1 + z²/n).
 * One formula, so a small tested function rather than a package (the npm ones are unkept
 * one-liners). Unlike p ± z·√(p(1−p)/n) it stays inside [0, 1] and is honest at p = 0 or 1.
 */
export const Z95 = 1.959963984540054;

export function wilson(k: number, n: number, z = Z95): { low: number; high: number } | null {
  if (!(n > 0) || k < 0 || k > n) return null;
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * The sample a population of N transactions needs for a margin e (Yamane's n = N/(1+N·e²),
 * the formula DOMAIN.md §5 quotes for SIPAS), rounded up; null when N is unknown.
 */
export function requiredSample(population: number | null, e = 0.05): number | null {
  if (population === null || !(population >= 0)) return null;
  if (population === 0) return 0;
  return Math.ceil(population / (1 + population * e * e));
}
