const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese alphabetical order, for lists people read. */
export const compareVietnamese = (a: string, b: string): number => collator.compare(a, b);
