/**
 * The search answers for the queries issue 7 names, over the demo catalog (unit binh-giang):
 * how many procedures, and the first five. `npx tsx test/bench/search-samples.ts`
 */
import fs from 'node:fs';
import path from 'node:path';
import { answerSearch } from '../../shared/src/search/answer.ts';
import { ReferralMatcher } from '../../shared/src/search/referrals.ts';
import { SearchIndex } from '../../shared/src/search/search-index.ts';
import { readReferralRules } from '../../server/src/features/catalog/referral-file.ts';
import { fromNationalRecord } from '../../server/src/features/catalog/national-record.ts';
import { SEED_DIR } from '../../server/src/paths.ts';

export const SAMPLE_QUERIES = [
  'mở quán ăn', 'hộ nghèo', 'lam giay khai sinh', 'Thủ tục 1.004873 cần những gì', 'đăng ký tạm trú',
  'làm căn cước', 'giấy độc thân', 'sổ đỏ', 'công chứng', 'báo tử',
];

const records = JSON.parse(fs.readFileSync(path.join(SEED_DIR, 'procedures.json'), 'utf8')) as unknown[];
const procedures = records.map(fromNationalRecord).flatMap((r) => (r.ok ? [r.procedure] : []));
const index = new SearchIndex(procedures.map((p) => ({ key: p.code, name: p.name, field: p.field, summary: p.summary, extra: `${p.content.subjects} ${p.content.conditions}` })));
const nameOf = new Map(procedures.map((p) => [p.code, p.name]));
const referrals = new ReferralMatcher(readReferralRules(path.join(SEED_DIR, 'referrals.json'))['hai-phong']);
const short = (name: string) => (name.length > 60 ? `${name.slice(0, 57)}…` : name);

console.log('| query | count | first 5 | referrals |');
console.log('|---|---|---|---|');
for (const q of SAMPLE_QUERIES) {
  const answer = answerSearch(index, referrals, q);
  const first = answer.hits.slice(0, 5).map((h) => short(nameOf.get(h.key)!)).join('; ');
  console.log(`| ${q} | ${answer.hits.length} | ${first} | ${answer.referrals.map((r) => r.agency).join('; ')} |`);
}
