import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromNationalRecord } from '../../../../server/src/features/catalog/national-record.ts';
import { SEED_DIR } from '../../../../server/src/seed/demo-seed.ts';

/** The demo procedures follow the law in force and say where they come from. */

const records = JSON.parse(fs.readFileSync(path.join(SEED_DIR, 'procedures.json'), 'utf8')) as Record<string, unknown>[];
const parsed = records.map((r) => fromNationalRecord(r));
const procedure = (code: string) => {
  const result = parsed.find((p) => p.ok && p.procedure.code === code);
  if (!result?.ok) throw new Error(`no procedure ${code}`);
  return result.procedure;
};

describe('the building-permit procedures (Luật Xây dựng 2025)', () => {
  for (const code of ['1.013225', '1.013227']) {
    it(`${code} cites Luật Xây dựng số 135/2025/QH15, not the repealed law and its decree`, () => {
      const basis = procedure(code).content.legalBasis.map((l) => l.number);
      expect(basis).toContain('135/2025/QH15');
      for (const old of ['50/2014/QH13', '62/2020/QH14', '175/2024/NĐ-CP']) expect(basis).not.toContain(old);
    });
  }

  it('gives the new law’s time limit for a house permit and says what is still to verify', () => {
    const permit = procedure('1.013225');
    for (const channel of permit.content.channels) expect(channel.timeLimit).not.toMatch(/^15 ngày/);
    expect(JSON.stringify(permit)).toMatch(/135\/2025\/QH15/);
    expect(permit.content.conditions).toMatch(/cần đối chiếu/i);
  });
});

describe('every demo procedure', () => {
  it('parses and names its public source', () => {
    for (const result of parsed) {
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      expect(result.procedure.content.sourceUrl, result.procedure.code).toMatch(/^https:\/\/csdl\.dichvucong\.gov\.vn\//);
    }
  });
});
