import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.ts';
import { loginAs } from '../../helpers/officers.ts';
import { act, buildFeedbackApp, submit, topicIds, validBody, type OfficerHeaders } from './feedback-fixtures.ts';

/** Issue 11: the queue finds a PAKN by code, phone or name; the drafter becomes the handler; leaders do not draft. */
let t: TestApp & { dataDir: string };
let topics: number[];
let officer: OfficerHeaders;
let leader: OfficerHeaders;
let cityAdmin: OfficerHeaders;

beforeAll(async () => {
  t = await buildFeedbackApp();
  topics = await topicIds(t.app);
  officer = { ...(await loginAs(t.app, 'canbo.binh-giang')) };
  leader = { ...(await loginAs(t.app, 'lanhdao.binh-giang')) };
  cityAdmin = { ...(await loginAs(t.app, 'admin.hai-phong')) };
});
afterAll(() => t?.close());

async function fresh(contact: { name: string; phone: string }, extra: Record<string, unknown> = {}) {
  const res = await submit(t.app, validBody(topics[0]!, { contact: { ...contact, address: 'Thôn Đông' }, ...extra }));
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { code: string }).code;
}
const phone = () => `09${crypto.randomInt(10_000_000, 99_999_999)}`;
async function found(who: OfficerHeaders, q: string): Promise<string[]> {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/console/feedback?scope=all&limit=100&q=${encodeURIComponent(q)}`, headers: who });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.map((i: { code: string }) => i.code);
}

describe('queue search', () => {
  it('finds by code however typed, by phone however written, by part of the name', async () => {
    const p = phone();
    const name = `Hoàng Thị Quế ${crypto.randomUUID().slice(0, 6)}`;
    const code = await fresh({ name, phone: `+84 ${p.slice(1, 4)} ${p.slice(4, 7)} ${p.slice(7)}` });
    const [, yy, tail] = code.split('-');
    for (const q of [code, code.toLowerCase().replaceAll('-', ' '), `PA${yy}${tail}`, `pa - ${yy} - ${tail}`, p, `${p.slice(0, 4)}.${p.slice(4, 7)}.${p.slice(7)}`, `84${p.slice(1)}`, name.toUpperCase(), name.split(' ').slice(-2).join(' ').toLowerCase()]) {
      expect(await found(officer, q), q).toEqual([code]);
    }
    expect(await found(officer, 'PA-0000-ZZZZZ')).toEqual([]);
    // A stray digit or letter finds nothing rather than everything; a % is a letter, not a wildcard.
    expect(await found(officer, '12')).toEqual([]);
    expect(await found(officer, '%')).toEqual([]);
  });

  it('does not reveal a sender who asked to stay unknown by name or phone, but finds the PAKN by its code', async () => {
    const p = phone();
    const name = `Kín Danh ${crypto.randomUUID().slice(0, 6)}`;
    const code = await fresh({ name, phone: p }, { hideIdentity: true });
    expect(await found(officer, name)).toEqual([]);
    expect(await found(officer, p)).toEqual([]);
    expect(await found(officer, code.toLowerCase())).toEqual([code]);
    expect(await found(cityAdmin, p)).toEqual([code]);
    const item = (await t.app.inject({ method: 'GET', url: `/api/v1/console/feedback?q=${code}`, headers: officer })).json().items[0];
    expect(item.hideIdentity).toBe(true);
  });
});

describe('who did the work', () => {
  it('makes the officer who drafts an unassigned PAKN its handler, and keeps an assigned one’s handler', async () => {
    const code = await fresh({ name: 'Đinh Văn Tú', phone: phone() });
    expect((await act(t.app, officer, code, { action: 'accept', field: 'Giao thông', severity: 'binh_thuong' })).statusCode).toBe(200);
    const drafted = await act(t.app, officer, code, { action: 'draft_answer', answer: 'Xã đã nạo vét cống ngày 02/12/2026.', submit: false });
    expect(drafted.statusCode, drafted.body).toBe(200);
    expect(drafted.json().assignee).toMatchObject({ username: 'canbo.binh-giang' });
    const mine = (await t.app.inject({ method: 'GET', url: '/api/v1/console/feedback?mine=true&limit=100', headers: officer })).json();
    expect(mine.items.map((i: { code: string }) => i.code)).toContain(code);

    const other = await fresh({ name: 'Đinh Văn Tư', phone: phone() });
    await act(t.app, officer, other, { action: 'accept', field: 'Giao thông', severity: 'binh_thuong' });
    expect((await act(t.app, leader, other, { action: 'assign', username: 'canbo.binh-giang' })).statusCode).toBe(200);
    // The city administrator drafts on it: the officer it was given to stays its handler.
    const drafted2 = await act(t.app, cityAdmin, other, { action: 'draft_answer', answer: 'Xã đã nạo vét cống ngày 02/12/2026.', submit: false });
    expect(drafted2.statusCode, drafted2.body).toBe(200);
    expect(drafted2.json().assignee).toMatchObject({ username: 'canbo.binh-giang' });
  });

  it('a leader neither drafts nor submits to themselves: refused, and not among their actions', async () => {
    const code = await fresh({ name: 'Mai Văn Hòa', phone: phone() });
    await act(t.app, officer, code, { action: 'accept', field: 'Giao thông', severity: 'binh_thuong' });
    const view = (await t.app.inject({ method: 'GET', url: `/api/v1/console/feedback/${code}`, headers: leader })).json();
    expect(view.actions).not.toContain('draft_answer');
    const refused = await act(t.app, leader, code, { action: 'draft_answer', answer: 'Lãnh đạo tự trình cho mình.', submit: true });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/không có quyền soạn trả lời\. Việc này do cán bộ xử lý/);
  });
});
