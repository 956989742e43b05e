import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.ts';
import { loginAs } from '../../helpers/officers.ts';
import { act, buildFeedbackApp, submit, topicIds, validBody, type OfficerHeaders } from './feedback-fixtures.ts';

/** Issue 11: transfer to an agency of the province (data per province, migration 022). */
let t: TestApp & { dataDir: string };
let officer: OfficerHeaders;
let topics: number[];

beforeAll(async () => {
  t = await buildFeedbackApp();
  topics = await topicIds(t.app);
  officer = { ...(await loginAs(t.app, 'canbo.binh-giang')) };
});
afterAll(() => t?.close());

describe('transfer agencies', () => {
  it('lists the demo province’s agencies to a commune’s officer', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/console/transfer-agencies', headers: officer });
    expect(res.statusCode).toBe(200);
    const names = res.json().items.map((a: { name: string }) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Phòng Văn hóa – Xã hội', 'Phòng Kinh tế', 'Phòng Tài nguyên và Môi trường', 'Phòng Quản lý đô thị']));
    expect(names[0]).toMatch(/^Công an xã/);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/console/transfer-agencies' })).statusCode).toBe(401);
  });

  it('transfers to an agency: đã chuyển with its name, kept by the unit with the deadline counted at receipt; an unknown agency is a 400 in words', async () => {
    const { code } = (await submit(t.app, validBody(topics[0]!))).json() as { code: string };
    const before = (await t.app.inject({ method: 'GET', url: `/api/v1/console/feedback/${code}`, headers: officer })).json();
    const unknown = await act(t.app, officer, code, { action: 'transfer', agency: 'so-khong-co', note: 'Chuyển thử cơ quan lạ' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('Cơ quan nhận đã chọn không có');

    const res = await act(t.app, officer, code, { action: 'transfer', agency: 'phong-tai-nguyen-moi-truong', note: 'Bãi rác ven kênh thuộc thẩm quyền phòng.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'da_chuyen',
      unit: { slug: 'binh-giang' },
      transferredToAgency: 'Phòng Tài nguyên và Môi trường',
      transferDueDate: before.transferDueDate,
    });
    expect(res.json().history.at(-1)).toMatchObject({ action: 'transferred', toStatus: 'da_chuyen', note: 'Bãi rác ven kênh thuộc thẩm quyền phòng.' });
    const queue = (await t.app.inject({ method: 'GET', url: `/api/v1/console/feedback?q=${code}`, headers: officer })).json();
    expect(queue.items[0]).toMatchObject({ transferredToAgency: 'Phòng Tài nguyên và Môi trường', transferDueDate: before.transferDueDate });
  });
});
