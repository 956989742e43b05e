/**
 * `npm run eval [file…]`: the chatbot's intent accuracy and first-result accuracy. Without files:
 * the handbook's dev set (../shared/eval/chatbot-dev.jsonl beside the repository) and our two held-out sets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openEvalChatbot } from './eval-catalog.ts';
import { percent, readEvalFile, runEval } from './eval-core.ts';

import { DEV_SET, FRESH_SET, HELDOUT_SET, NLU_SETS } from './eval-files.ts';

const args = process.argv.slice(2).filter((a) => a !== '--misses');
const showMisses = process.argv.includes('--misses');
const files = args.length > 0 ? args.map((f) => path.resolve(f)) : [DEV_SET, HELDOUT_SET, FRESH_SET, ...NLU_SETS];
const missing = files.filter((f) => !fs.existsSync(f));
for (const file of missing) {
  console.error(`Không thấy tệp đánh giá ${file}. ${file === DEV_SET ? 'Bộ dev nằm trong sổ tay của nhóm (../shared/eval/ bên cạnh kho mã).' : ''}`);
}
const present = files.filter((f) => fs.existsSync(f));
if (present.length === 0) process.exit(1);

const chatbot = await openEvalChatbot();
let failed = false;
for (const file of present) {
  const figures = await runEval(readEvalFile(file), chatbot.understand);
  const intent = percent(figures.intentCorrect, figures.lines);
  const first = percent(figures.firstResultCorrect, figures.procedureQuestions);
  console.log(`${path.relative(process.cwd(), file)}: ${figures.lines} câu`);
  console.log(`  intent accuracy        ${intent}  (${figures.intentCorrect}/${figures.lines})`);
  console.log(`  first result correct   ${first}  (${figures.firstResultCorrect}/${figures.procedureQuestions} procedure questions)`);
  if (showMisses) for (const miss of figures.misses) console.log(`  ✗ ${miss.text}  →  want ${miss.want}, got ${miss.got}`);
  if (figures.intentCorrect / figures.lines < 0.95 || figures.firstResultCorrect / Math.max(1, figures.procedureQuestions) < 0.9) failed = true;
}
await chatbot.close();
process.exit(missing.length > 0 || failed ? 1 : 0);
