/** What the "Hài lòng" page asks for: a period key (2026, 2026-H1, 2026-Q1, 2026-03). */
export type SatisfactionQuery = { period: string };
