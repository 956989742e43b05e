import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHANNEL_ORDER, KIND_LABELS, KIND_ORDER, KIND_UNITS, KINDS } from '../../../../shared/src/plan/labels.ts';

describe('the plan words the console imports', () => {
  it('import nothing, so the console bundle never pulls in TypeBox', () => {
    const source = fs.readFileSync(new URL('../../../../shared/src/plan/labels.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*(import|export .* from)\b/m);
  });

  it('name every kind in a list and when counted, in the plans’ order', () => {
    expect(KIND_LABELS.hoi_nghi).toBe('Hội nghị, tọa đàm, buổi lồng ghép');
    expect(KIND_UNITS.tin_bai).toBe('tin, bài');
    expect(KIND_ORDER).toEqual(Object.keys(KINDS));
    expect(CHANNEL_ORDER[0]).toBe('dai_truyen_thanh');
  });
});
