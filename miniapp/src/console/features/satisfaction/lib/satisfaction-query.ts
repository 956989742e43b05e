/** What the "Hài lòng" page asks for: a period key, optionally one procedure or one lĩnh vực. */
export type SatisfactionQuery = { period: string; procedure?: string; field?: string };
