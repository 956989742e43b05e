import { CHANNELS, KINDS, PERIODICITIES } from '@cchc/shared/plan/vocabulary';
import { describe, expect, it } from 'vitest';
import { CHANNEL_LABELS, KIND_LABELS, PERIODICITY_LABELS } from '../../../../../../../miniapp/src/console/features/plans/lib/plan-labels.ts';

describe("the plan editor's copy of the plan vocabulary (kept out of TypeBox's reach)", () => {
  it('offers the shared words for every channel, kind and periodicity', () => {
    expect(CHANNEL_LABELS).toEqual(CHANNELS);
    expect(KIND_LABELS).toEqual(Object.fromEntries(Object.entries(KINDS).map(([k, v]) => [k, v.label])));
    expect(PERIODICITY_LABELS).toEqual(PERIODICITIES);
  });
});
