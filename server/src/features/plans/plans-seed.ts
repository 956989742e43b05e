/**
 * Demo plans transcribed from the real documents (server/seed/plans/<slug>-<period>.json,
 * PlanInput shape). Idempotent: a unit that already has a plan starting that day is left as it is.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { FormatRegistry } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { PlanInput, type PlanInputT } from '@cchc/shared/api/plans';
import type { DB } from '../../db/schema.ts';
import { createPlan } from './plan-writes.ts';
import { hasPlanStarting } from './plans.repository.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
if (!FormatRegistry.Has('date')) FormatRegistry.Set('date', (v) => DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v);

export interface SeedPlanFile {
  slug: string;
  file: string;
  plan: PlanInputT;
}

/** Every demo plan file, checked against PlanInput (throws naming the file when one does not fit). */
export async function readSeedPlans(dir: string): Promise<SeedPlanFile[]> {
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).sort();
  const out: SeedPlanFile[] = [];
  for (const name of names) {
    const plan = JSON.parse(await fs.readFile(path.join(dir, name), 'utf8')) as unknown;
    if (!Value.Check(PlanInput, plan)) {
      const first = [...Value.Errors(PlanInput, plan)][0];
      throw new Error(`Demo plan ${name} does not fit PlanInput: ${first?.path} ${first?.message}`);
    }
    out.push({ slug: name.replace(/-\d{4}(?:-H[12])?\.json$/, ''), file: name, plan });
  }
  return out;
}

export async function seedDemoPlans(db: Kysely<DB>, dir: string, unitIdOf: (slug: string) => number | undefined): Promise<number> {
  let created = 0;
  for (const { slug, plan } of await readSeedPlans(dir)) {
    const unitId = unitIdOf(slug);
    if (unitId === undefined || (await hasPlanStarting(db, unitId, plan.from))) continue;
    await createPlan(db, unitId, plan);
    created++;
  }
  return created;
}
