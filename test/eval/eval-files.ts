import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** The handbook sits beside the repository (CI: ../shared); in a git worktree, beside the main checkout. */
export const DEV_SET = [REPO_ROOT, mainCheckout()].map((root) => path.resolve(root, '../shared/eval/chatbot-dev.jsonl')).find((f) => fs.existsSync(f))
  ?? path.resolve(REPO_ROOT, '../shared/eval/chatbot-dev.jsonl');
/** Our own questions of the same kinds, written before any tuning (first run: 92.8 % intent, 81.1 % first result). */
export const HELDOUT_SET = path.resolve(REPO_ROOT, 'test/eval/chatbot-heldout.jsonl');

function mainCheckout(): string {
  try {
    return path.dirname(path.resolve(REPO_ROOT, execFileSync('git', ['rev-parse', '--git-common-dir'], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()));
  } catch {
    return REPO_ROOT;
  }
}
/**
 * Written after tuning on the two above, then run once unseen (92.1 % intent, 74.2 % first result);
 * two general changes followed that its misses pointed to (judging shorter runs of a long question,
 * their order), so it is no longer unseen either: a new set is needed for the next honest figure.
 */
export const FRESH_SET = path.resolve(REPO_ROOT, 'test/eval/chatbot-fresh.jsonl');
/*
 * test/eval/chatbot-unseen-2026-12-03.jsonl: 120 questions written by someone who had not read the chatbot's
 * code or the sets above, run once unseen on 03/12/2026: 90.8 % intent, 85.9 % first result (below the 95 / 90
 * targets). `npm run eval -- --misses test/eval/chatbot-unseen-2026-12-03.jsonl` lists what it missed. Its misses were
 * then read (the chatbot-nlu work took their categories, not their lines): no longer an unseen figure.
 */
/**
 * The chatbot-nlu work's own held-out sets, each written before the code it measures was tuned on it:
 * 1 (121 questions) before any change: 78.5 % intent, 64.3 % first result; then tuned on.
 * 2 (62) after the first changes, run once: 90.3 % / 83.3 % (69.4 % / 66.7 % with the code before the work); then tuned on.
 * 3 (34) after the second round, run once: 94.1 % / 88.0 %; then tuned on. A new set is needed for the next honest figure.
 */
export const NLU_SETS = [1, 2, 3].map((n) => path.resolve(REPO_ROOT, `test/eval/chatbot-nlu-heldout${n === 1 ? '' : `-${n}`}.jsonl`));
/*
 * test/eval/chatbot-unseen-2026-12-03b.jsonl: 160 questions by another writer who had not read the chatbot's code,
 * its eval sets or their misses, run once unseen after the chatbot-nlu work on 03/12/2026: 96.3 % intent (154/160),
 * 90.6 % first result (87/96), over the 95 / 90 targets. It has not been tuned on.
 */
