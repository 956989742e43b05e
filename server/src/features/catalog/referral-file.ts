import fs from 'node:fs';
import { Value } from '@sinclair/typebox/value';
import { ReferralRulesFile, type ReferralRulesFileT } from '@cchc/shared/api/catalog';

/** Reads and checks the referral rules file (province slug → rules); a bad file stops the start with the reason. */
export function readReferralRules(file: string): ReferralRulesFileT {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the referral rules ${file} (REFERRALS_FILE): ${(error as Error).message}`);
  }
  if (!Value.Check(ReferralRulesFile, data)) {
    const first = Value.Errors(ReferralRulesFile, data).First();
    throw new Error(`The referral rules ${file} (REFERRALS_FILE) are invalid at ${first?.path || '/'}: ${first?.message ?? 'unknown'}`);
  }
  return data;
}
