/**
 * The eval as a test: the handbook's dev set and our held-out set must keep their thresholds
 * (≥ 95 % intent, ≥ 90 % first result), so a change that understands citizens worse fails here.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../../server/src/db/database.ts';
import { openTestDatabase } from '../../helpers/database.ts';
import { openEvalChatbot } from '../../eval/eval-catalog.ts';
import { readEvalFile, runEval, share } from '../../eval/eval-core.ts';
import { DEV_SET, FRESH_SET, HELDOUT_SET, NLU_SETS } from '../../eval/eval-files.ts';

let database: Database;
let chatbot: Awaited<ReturnType<typeof openEvalChatbot>>;

beforeAll(async () => {
  database = await openTestDatabase(inject('template'));
  chatbot = await openEvalChatbot(database);
});
afterAll(() => database?.close());

describe.each([['dev', DEV_SET], ['held-out', HELDOUT_SET], ['fresh', FRESH_SET], ...NLU_SETS.map((f, i) => [`nlu held-out ${i + 1}`, f])])('chatbot eval, %s set', (_name, file) => {
  it('reaches 95 % intent accuracy and 90 % first-result accuracy', async () => {
    expect(fs.existsSync(file), `${file} is missing (the handbook's eval sits at ../shared/eval beside the repository)`).toBe(true);
    const figures = await runEval(readEvalFile(file), chatbot.understand);
    const misses = figures.misses.map((m) => `${m.text} → want ${m.want}, got ${m.got}`).join('\n');
    expect(share(figures.intentCorrect, figures.lines), misses).toBeGreaterThanOrEqual(0.95);
    expect(share(figures.firstResultCorrect, figures.procedureQuestions), misses).toBeGreaterThanOrEqual(0.9);
  });
});
