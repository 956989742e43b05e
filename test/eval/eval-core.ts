/**
 * The chatbot's eval: intent accuracy, and for procedure questions the share whose first
 * result's name contains the expected phrase. Over the real understanding (normalisation,
 * intents, the catalog's search) of the demo unit's catalog.
 */
import fs from 'node:fs';
import { CHAT_INTENTS, type ChatIntentT } from '../../shared/src/api/chat.ts';
import { foldForSearch } from '../../shared/src/text/normalize.ts';
import type { Understanding } from '../../server/src/features/chatbot/understand.ts';

export interface EvalLine {
  text: string;
  intent: ChatIntentT;
  /** For procedures: a phrase the right procedure's name contains ("" when only the intent counts). */
  expect: string;
}

export interface EvalMiss {
  text: string;
  want: string;
  got: string;
}

export interface EvalFigures {
  lines: number;
  intentCorrect: number;
  procedureQuestions: number;
  firstResultCorrect: number;
  misses: EvalMiss[];
}

export function readEvalFile(file: string): EvalLine[] {
  return fs.readFileSync(file, 'utf8').split('\n').map((line, i) => [line.trim(), i + 1] as const).filter(([line]) => line !== '').map(([line, n]) => {
    const parsed = JSON.parse(line) as Partial<EvalLine>;
    if (typeof parsed.text !== 'string' || !CHAT_INTENTS.includes(parsed.intent as ChatIntentT)) {
      throw new Error(`${file}:${n}: each line needs "text" and one of the intents (${CHAT_INTENTS.join(', ')})`);
    }
    return { text: parsed.text, intent: parsed.intent as ChatIntentT, expect: parsed.expect ?? '' };
  });
}

export async function runEval(lines: EvalLine[], understand: (text: string) => Promise<Understanding>): Promise<EvalFigures> {
  const figures: EvalFigures = { lines: lines.length, intentCorrect: 0, procedureQuestions: 0, firstResultCorrect: 0, misses: [] };
  for (const line of lines) {
    const u = await understand(line.text);
    if (u.intent === line.intent) figures.intentCorrect++;
    else figures.misses.push({ text: line.text, want: line.intent, got: `${u.intent} ${JSON.stringify(u.explain)}` });
    if (line.intent === 'procedure' && line.expect !== '') {
      figures.procedureQuestions++;
      const first = u.found.items[0]?.name ?? '';
      if (foldForSearch(first).includes(foldForSearch(line.expect))) figures.firstResultCorrect++;
      else figures.misses.push({ text: line.text, want: `first result ~ "${line.expect}"`, got: first || '(none)' });
    }
  }
  return figures;
}

export const share = (n: number, of: number) => (of === 0 ? 1 : n / of);
export const percent = (n: number, of: number) => `${(share(n, of) * 100).toFixed(1)}%`;
