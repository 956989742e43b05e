import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReferralMatcher } from '../../../../shared/src/search/referrals.ts';
import { readReferralRules } from '../../../../server/src/features/catalog/referral-file.ts';
import { SEED_DIR } from '../../../../server/src/paths.ts';

const rules = readReferralRules(path.join(SEED_DIR, 'referrals.json'));
const matcher = new ReferralMatcher(rules['hai-phong']);
const agencies = (q: string) => matcher.match(q).map((m) => m.rule.agency);

describe('referral rules of Hải Phòng, matched as citizens write', () => {
  it.each([
    ['đăng ký tạm trú', /^Công an xã/],
    ['dk tam tru cho con', /^Công an xã/],
    ['khai báo tạm vắng ở đâu', /^Công an xã/],
    ['cccd', /^Công an xã/],
    ['làm chứng minh nhân dân', /^Công an xã/],
    ['kích hoạt vneid', /^Công an xã/],
    ['công chứng hợp đồng', /^Văn phòng công chứng/],
    ['xin lý lịch tư pháp', /^Trung tâm Phục vụ hành chính công/],
    ['đổi bằng lái xe', /^Trung tâm Phục vụ hành chính công/],
  ])('"%s" → %s', (q, agency) => {
    expect(agencies(q)).toEqual([expect.stringMatching(agency)]);
  });

  it.each(['tạm ngừng kinh doanh', 'đăng ký khai sinh', 'cần những gì', 'chứng thực bản sao', ''])('"%s" → no referral', (q) => {
    expect(agencies(q)).toEqual([]);
  });

  it('refuses a rules file with a mistake, naming the file and the place', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'referrals-')), 'bad.json');
    fs.writeFileSync(file, JSON.stringify({ 'hai-phong': [{ triggers: [], agency: 'X', reason: 'Y', mode: 'instead' }] }));
    expect(() => readReferralRules(file)).toThrow(/bad\.json.*triggers/);
    fs.writeFileSync(file, '{');
    expect(() => readReferralRules(file)).toThrow(/Cannot read the referral rules/);
  });
});
