/**
 * What the figures need from other features to name their rows: topics and lĩnh vực
 * (rules) by id, with the key that entries of the same name in different units share,
 * and a unit's slug and name (units).
 */
export interface FiguresNames {
  topicNames(ids: number[]): Promise<Map<number, { key: string; name: string }>>;
  fieldNames(ids: number[]): Promise<Map<number, { key: string; name: string }>>;
  unit(id: number): Promise<{ slug: string; name: string } | undefined>;
}
