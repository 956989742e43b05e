import { CHANNELS, KINDS } from '@cchc/shared/plan/vocabulary';
import { describe, expect, it } from 'vitest';
import { CHANNEL_LABELS, KIND_LABELS, KIND_UNITS } from '../../../../../../../miniapp/src/console/features/progress/lib/vocabulary-labels.ts';

describe("the console's copy of the plan vocabulary (kept out of TypeBox's reach)", () => {
  it('has the shared words for every channel and kind', () => {
    expect(CHANNEL_LABELS).toEqual(CHANNELS);
    expect(KIND_UNITS).toEqual(Object.fromEntries(Object.entries(KINDS).map(([k, v]) => [k, v.unit])));
    expect(KIND_LABELS).toEqual(Object.fromEntries(Object.entries(KINDS).map(([k, v]) => [k, v.label])));
  });
});
