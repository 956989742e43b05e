import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey, newApiKey } from '../../../server/src/features/open311/api-keys.ts';
import { insertKey } from '../../../server/src/features/open311/open311.repository.ts';
import type { TestApp } from '../../helpers/app.ts';
import { loginAs } from '../../helpers/officers.ts';
import { act, buildFeedbackApp, submit, topicIds, type OfficerHeaders } from './feedback-fixtures.ts';
import { digitsOnly, foldWords, normalizedNeedle, PLANTED_CASES, type PlantedCase } from './planted-personal-data.ts';

let t: TestApp & { dataDir: string };
let topic: number;
let officer: OfficerHeaders;
let leader: OfficerHeaders;
let apiKey: string;
const codes = new Map<PlantedCase, string>();

beforeAll(async () => {
  t = await buildFeedbackApp();
  [topic] = await topicIds(t.app);
  officer = { ...(await loginAs(t.app, 'canbo.binh-giang')) };
  leader = { ...(await loginAs(t.app, 'lanhdao.binh-giang')) };
  apiKey = newApiKey();
  await insertKey(t.database.db, { unitId: null, name: 'Hệ thống 1022 (kiểm thử)', keyHash: hashApiKey(apiKey) });
  for (const c of PLANTED_CASES) codes.set(c, await sendAndPublish(c));
}, 300_000);
afterAll(() => t?.close());

async function send(c: PlantedCase): Promise<string> {
  if (c.viaOpen311) {
    const words = c.contact.name.split(' ');
    const res = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      payload: {
        api_key: apiKey,
        jurisdiction_id: 'binh-giang',
        service_code: 'moi-truong',
        description: c.content,
        first_name: words.slice(0, -1).join(' '),
        last_name: words.at(-1),
        phone: c.contact.phone,
        address_string: c.location?.address,
        lat: c.location?.lat,
        long: c.location?.lng,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json()[0].service_request_id;
  }
  const res = await submit(t.app, { kind: 'phan_anh', topicId: topic, content: c.content, contact: c.contact, ...(c.location ? { location: c.location } : {}) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().code;
}

/** Through the desk: accept, draft and submit the answer, the leader approves and publishes. */
async function sendAndPublish(c: PlantedCase): Promise<string> {
  const code = await send(c);
  const steps: [OfficerHeaders, Record<string, unknown>][] = [
    [officer, { action: 'accept', field: 'Hạ tầng', severity: 'binh_thuong' }],
    [officer, { action: 'draft_answer', answer: c.answer, submit: true }],
    [leader, { action: 'approve', publish: true }],
  ];
  for (const [who, body] of steps) {
    const res = await act(t.app, who, code, body);
    expect(res.statusCode, `${c.label}: ${String(body.action)} ${res.body}`).toBe(200);
  }
  return code;
}

/** Every public route that shows a published PAKN, with and without a city system's key. */
async function publicBodies(): Promise<{ route: string; body: string }[]> {
  const urls = [
    '/api/v1/units/binh-giang/feedback/published?limit=100',
    '/open311/v2/requests.json?jurisdiction_id=binh-giang',
    `/open311/v2/requests.json?jurisdiction_id=binh-giang&api_key=${apiKey}`,
  ];
  for (const code of codes.values()) {
    urls.push(`/open311/v2/requests/${code}.json`, `/open311/v2/requests/${code}.json?api_key=${apiKey}`);
  }
  const out: { route: string; body: string }[] = [];
  for (const url of urls) {
    const res = await t.app.inject({ method: 'GET', url });
    expect(res.statusCode, url).toBe(200);
    out.push({ route: url.replace(apiKey, '<key>'), body: res.body });
  }
  return out;
}

describe('planted personal data', () => {
  it('has at least 30 cases, all published', async () => {
    expect(PLANTED_CASES.length).toBeGreaterThanOrEqual(30);
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/units/binh-giang/feedback/published?limit=100' })).json();
    const published = new Set(list.items.map((i: { code: string }) => i.code));
    expect([...codes.values()].filter((code) => !published.has(code))).toEqual([]);
    const open311 = (await t.app.inject({ method: 'GET', url: '/open311/v2/requests.json?jurisdiction_id=binh-giang' })).json();
    const listed = new Set(open311.map((r: { service_request_id: string }) => r.service_request_id));
    expect([...codes.values()].filter((code) => !listed.has(code))).toEqual([]);
  });

  it('reaches no public route, in any form', async () => {
    const bodies = (await publicBodies()).map(({ route, body }) => ({
      route,
      digits: digitsOnly(body),
      lower: body.normalize('NFKC').toLowerCase(),
      words: ` ${foldWords(body)} `,
    }));
    const survivors: string[] = [];
    for (const c of PLANTED_CASES) {
      for (const item of c.planted) {
        const needle = normalizedNeedle(item);
        const leaks = bodies.filter((b) => {
          if (item.kind === 'phone' || item.kind === 'id_number') return b.digits.includes(needle);
          if (item.kind === 'email') return b.lower.includes(needle);
          return b.words.includes(` ${needle} `);
        });
        if (leaks.length > 0) survivors.push(`${c.label} — ${item.kind} "${item.value}" in ${leaks.length} responses, e.g. ${leaks[0].route}`);
      }
    }
    const total = PLANTED_CASES.reduce((n, c) => n + c.planted.length, 0);
    expect(survivors, `${survivors.length} of ${total} planted items survive`).toEqual([]);
  });
});
