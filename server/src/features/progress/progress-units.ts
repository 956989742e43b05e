/** What progress calls of the units feature (UnitDirectory implements it). */
export interface ProgressUnit {
  id: number;
  slug: string;
  summary: { name: string; kind: string; slug: string; parentSlug: string | null };
}
export interface ProgressUnits {
  byId(id: number): Promise<ProgressUnit | undefined>;
  get(slug: string): Promise<ProgressUnit>;
  list(): Promise<{ slug: string; name: string; parentSlug: string | null }[]>;
}
