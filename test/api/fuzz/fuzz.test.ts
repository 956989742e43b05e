/**
 * Sends thousands of generated bad requests to every route the OpenAPI document
 * lists (public, Open311 and console, the console ones with an officer's
 * session and CSRF token) and fails on any 5xx, listing each one.
 * Reproducible: FUZZ_SEED=<n> replays a run; FUZZ_REQUESTS=<n> changes its size.
 */
import crypto from 'node:crypto';
import { Writable } from 'node:stream';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type OfficerHeaders } from '../../helpers/officers.ts';
import { tinyJpeg } from '../../helpers/test-images.ts';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { topicIds, validBody } from '../feedback/feedback-fixtures.ts';
import {
  brokenMultipart, CONTENT_TYPES, hostileString, hostileValue, MALFORMED_JSON, mutate, pick, sample, seededRng, type Rng,
} from './fuzz-input.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 6000);

interface Operation {
  method: string;
  path: string;
  pathParams: string[];
  query: Record<string, any>[];
  headers: Record<string, any>[];
  body: Record<string, any> | null;
  multipart: boolean;
}

let t: TestApp;
const errorLog: string[] = [];
const safetyNet: string[] = [];
let officers: OfficerHeaders[] = [];
const known: Record<string, string[]> = {};

beforeAll(async () => {
  const logStream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        try {
          const entry = JSON.parse(line);
          // The error handlers' safety net: bad input that only the database noticed is a fault too.
          if (entry.msg === 'invalid input reached the database') safetyNet.push(`${entry.reqId ?? ''} ${entry.code ?? ''}`);
          if (entry.level >= 50) errorLog.push(`${entry.err?.type ?? ''} ${entry.err?.code ?? ''} ${entry.err?.message ?? entry.msg}`.slice(0, 300));
        } catch {
          /* not JSON */
        }
      }
      done();
    },
  });
  t = await buildTestApp({
    logLevel: 'error',
    secretKey: 'fuzz-secret-key-of-at-least-32-characters',
    searchRateLimit: 1_000_000,
    feedbackRateLimit: 1_000_000,
    feedbackCitizenRateLimit: 1_000_000,
    uploadRateLimit: 1_000_000,
    chatRateLimit: 1_000_000,
  }, logStream);
  officers = [await loginAs(t.app, 'lanhdao.binh-giang'), await loginAs(t.app, 'admin.hai-phong')];
  await collectKnownValues(t.app);
}, 120_000);
afterAll(() => t?.close());

/** Real values for path parameters, so the fuzz also reaches past the "not found" checks. */
async function collectKnownValues(app: FastifyInstance) {
  const topics = await topicIds(app);
  const device = crypto.randomUUID();
  const photo = await app.inject({
    method: 'POST', url: '/api/v1/uploads', headers: { 'x-device-id': device, ...multipartHeaders('b1') }, payload: multipartBody('b1', tinyJpeg()),
  });
  const photoId = photo.json().id as string;
  const submitted = await app.inject({
    method: 'POST', url: '/api/v1/units/binh-giang/feedback',
    headers: { 'idempotency-key': crypto.randomUUID(), 'x-device-id': device },
    payload: validBody(topics[0]!, { photoIds: [photoId] }),
  });
  const { code, accessKey } = submitted.json();
  const procedures = (await app.inject({ method: 'GET', url: '/api/v1/units/binh-giang/procedures?limit=5' })).json().items.map((p: { code: string }) => p.code);
  const guides = (await app.inject({ method: 'GET', url: '/api/v1/units/binh-giang/guides' })).json().items.map((g: { slug: string }) => g.slug);
  Object.assign(known, {
    unit: ['binh-giang', 'hai-phong', 'nam-an-phu'],
    code: [code, ...procedures],
    slug: guides,
    id: [photoId, String(topics[0])],
    year: ['2026', '2025'],
    period: ['2026-Q1', '2026'],
    service_code: topics.map(String),
    service_request_id: [code],
    accessKey: [accessKey],
    device: [device],
  });
}

function multipartHeaders(boundary: string) {
  return { 'content-type': `multipart/form-data; boundary=${boundary}` };
}
function multipartBody(boundary: string, bytes: Buffer, filename = 'anh.jpg') {
  return Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: image/jpeg\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}

/** Every operation of the OpenAPI document, with its parameters' and body's schemas. */
function operations(app: FastifyInstance): Operation[] {
  const spec = (app as unknown as { swagger(): { paths: Record<string, Record<string, any>> } }).swagger();
  const out: Operation[] = [];
  for (const [p, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const params = (op.parameters ?? []) as { in: string; name: string; schema: any; required?: boolean }[];
      const content = op.requestBody?.content ?? {};
      out.push({
        method: method.toUpperCase(),
        path: p,
        pathParams: params.filter((x) => x.in === 'path').map((x) => x.name),
        query: params.filter((x) => x.in === 'query'),
        headers: params.filter((x) => x.in === 'header'),
        body: content['application/json']?.schema ?? content['application/x-www-form-urlencoded']?.schema ?? null,
        multipart: 'multipart/form-data' in content || (op.consumes ?? []).includes('multipart/form-data') || /uploads|import/.test(p),
      });
    }
  }
  return out;
}

/** Percent-encodes the UTF-8 bytes (a lone surrogate becomes U+FFFD instead of throwing like encodeURIComponent). */
const enc = (s: string) => [...Buffer.from(s, 'utf8')].map((b) => (/[A-Za-z0-9._~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
const text = (v: unknown) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v));
const headerSafe = (s: string) => s.replace(/[^\x20-\x7e\u00a0-\u00ff]/g, '').slice(0, 2000);

function paramValue(name: string, rng: Rng): string {
  const r = rng();
  if (r < 0.45 && known[name]?.length) return enc(pick(rng, known[name]!));
  if (r < 0.55) return pick(rng, ['%00', '%', '%E0%A4%A', '%C0%AE', '..', '%2e%2e%2f', 'a%00b', '%FF']);
  return enc(hostileString(rng)).slice(0, 3000) || 'x';
}

function queryString(op: Operation, rng: Rng): string {
  const parts: string[] = [];
  for (const q of op.query) {
    const r = rng();
    if (r < 0.3) continue;
    const value = r < 0.55 ? text(sample(q.schema, rng)) : text(hostileValue(rng));
    parts.push(`${enc(q.name)}=${enc(value)}`);
    if (rng() < 0.1) parts.push(`${enc(q.name)}=${enc(hostileString(rng))}`);
  }
  if (rng() < 0.15) parts.push(`${pick(rng, ['constructor', '__proto__', 'toString', 'q[]', 'a%00'])}=${enc(hostileString(rng))}`);
  if (rng() < 0.05) parts.push('%', '=&=', 'q=%E0%A4%A');
  return parts.length ? `?${parts.join('&')}` : '';
}

function buildRequest(op: Operation, rng: Rng): InjectOptions {
  let url = op.path;
  for (const name of op.pathParams) url = url.replace(`{${name}}`, paramValue(name, rng));
  url += queryString(op, rng);
  const headers: Record<string, string> = {};
  for (const h of op.headers) {
    if (rng() < 0.2) continue;
    const good = h.name === 'x-access-key' ? known.accessKey?.[0]
      : h.name === 'x-device-id' ? known.device?.[0]
      : h.name === 'idempotency-key' ? crypto.randomUUID()
      : undefined;
    const value = rng() < 0.4 && good ? good : rng() < 0.5 ? text(sample(h.schema, rng)) : text(hostileValue(rng));
    headers[h.name] = headerSafe(value);
  }
  if (rng() < 0.1) headers['x-access-key'] = headerSafe(hostileString(rng));
  if (rng() < 0.1) headers['x-device-id'] = headerSafe(hostileString(rng));
  if (rng() < 0.1) headers.authorization = `Bearer ${headerSafe(hostileString(rng))}`;
  const isConsole = op.path.startsWith('/api/v1/console');
  // Logging in or out with the session would end it for the rest of the run.
  const logsOut = op.path === '/api/v1/console/session';
  if (isConsole && !logsOut && rng() < 0.95) {
    const officer = pick(rng, officers);
    headers.cookie = officer.cookie;
    if (rng() < 0.92) headers['x-csrf-token'] = officer['x-csrf-token'];
  }
  const request: InjectOptions = {
    method: op.method as InjectOptions['method'],
    url,
    headers,
    remoteAddress: `10.${Math.floor(rng() * 256)}.${Math.floor(rng() * 256)}.${1 + Math.floor(rng() * 254)}`,
  };
  if (op.method === 'GET' || op.method === 'HEAD') return request;
  const strategy = rng();
  if (op.multipart && strategy < 0.6) {
    const broken = brokenMultipart(rng);
    headers['content-type'] = broken.contentType;
    request.payload = broken.body;
  } else if (strategy < 0.55) {
    const base = sample(op.body ?? { type: 'object' }, rng);
    request.payload = JSON.stringify(rng() < 0.3 ? base : mutate(base, rng));
    headers['content-type'] = 'application/json';
  } else if (strategy < 0.75) {
    request.payload = pick(rng, MALFORMED_JSON);
    headers['content-type'] = 'application/json';
  } else if (strategy < 0.9) {
    request.payload = JSON.stringify(sample(op.body ?? { type: 'object' }, rng));
    headers['content-type'] = pick(rng, CONTENT_TYPES);
  } else {
    request.payload = JSON.stringify(hostileValue(rng));
    headers['content-type'] = 'application/json';
  }
  if (!headers['content-type']) delete headers['content-type'];
  return request;
}

describe('fuzzing every route', () => {
  it(`answers ${REQUESTS} generated bad requests without a single 5xx (seed ${SEED})`, async () => {
    console.log(`fuzz seed ${SEED} (replay with FUZZ_SEED=${SEED})`);
    const rng = seededRng(SEED);
    const ops = operations(t.app);
    expect(ops.length).toBeGreaterThan(40);
    expect(ops.some((o) => o.path.startsWith('/api/v1/console'))).toBe(true);
    expect(ops.some((o) => o.path.startsWith('/open311'))).toBe(true);
    const failures = new Map<string, number>();
    const started = Date.now();
    let count = 0;
    const byStatus = new Map<number, number>();
    const perRoute = new Map<string, string>();
    while (count < REQUESTS) {
      for (const op of ops) {
        const request = buildRequest(op, rng);
        const netBefore = safetyNet.length;
        const res = await t.app.inject(request);
        if (safetyNet.length > netBefore) safetyNet[safetyNet.length - 1] += ` ${op.method} ${String(request.url).slice(0, 200)}`;
        count++;
        byStatus.set(res.statusCode, (byStatus.get(res.statusCode) ?? 0) + 1);
        if (process.env.FUZZ_VERBOSE) perRoute.set(`${op.method} ${op.path}`, `${perRoute.get(`${op.method} ${op.path}`) ?? ''} ${res.statusCode}`);
        if (res.statusCode >= 500) {
          const key = `${op.method} ${op.path} → ${res.statusCode}`;
          if (!failures.has(key)) console.log(`5xx: ${op.method} ${String(request.url).slice(0, 200)} ${String(request.payload ?? '').slice(0, 200)} :: ${errorLog.at(-1) ?? ''}`);
          failures.set(key, (failures.get(key) ?? 0) + 1);
        }
        if (count >= REQUESTS) break;
      }
    }
    console.log(`fuzz: ${count} requests over ${ops.length} routes in ${Date.now() - started} ms; statuses ${JSON.stringify(Object.fromEntries(byStatus))}`);
    for (const [route, statuses] of perRoute) {
      const counts: Record<string, number> = {};
      for (const s of statuses.trim().split(' ')) counts[s] = (counts[s] ?? 0) + 1;
      console.log(route, JSON.stringify(counts));
    }
    const list = [...failures].map(([k, n]) => `${k} ×${n}`);
    expect(list, `5xx answers (seed ${SEED}):\n${list.join('\n')}`).toEqual([]);
    expect(safetyNet, `bad input that only the database refused (seed ${SEED})`).toEqual([]);
  }, 240_000);
});
