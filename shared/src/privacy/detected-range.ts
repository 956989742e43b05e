/** What a detector found: a range of the folded text and what it is. */
export type MaskedKind = 'name' | 'address' | 'phone' | 'id_number' | 'email';

export interface DetectedRange {
  /** Folded offsets [start, end). */
  start: number;
  end: number;
  kind: MaskedKind;
}
