import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDARS } from '@cchc/shared/calendar/holidays';
import { WorkingCalendar } from '@cchc/shared/calendar/working-days';
import type { TestApp } from '../../helpers/app.ts';
import { tinyJpeg } from '../../helpers/test-images.ts';
import { buildFeedbackApp, newDevice, snapshot, submit, topicIds, upload, validBody } from './feedback-fixtures.ts';

let t: TestApp & { dataDir: string };
let topic: number;
const calendar = new WorkingCalendar(OFFICIAL_CALENDARS);

beforeAll(async () => {
  t = await buildFeedbackApp();
  [topic] = await topicIds(t.app);
});
afterAll(() => t?.close());

const row = (code: string) => t.database.db.selectFrom('feedback').selectAll().where('code', '=', code).executeTakeFirstOrThrow();

describe('topics', () => {
  it('gives every unit the default topics, in order', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/units/kinh-mon/feedback/topics' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((i: { name: string }) => i.name)).toEqual([
      'Thủ tục hành chính', 'Thái độ, trách nhiệm của cán bộ', 'Hạ tầng, giao thông', 'Môi trường', 'An ninh, trật tự', 'Chính sách, pháp luật', 'Khác',
    ]);
  });

  it('answers 404 for an unknown unit', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/units/khong-co/feedback/topics' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('UNIT_NOT_FOUND');
  });
});

describe('OpenAPI', () => {
  it('documents the PAKN routes', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json();
    for (const route of ['/api/v1/uploads', '/api/v1/units/{unit}/feedback', '/api/v1/feedback/{code}', '/api/v1/feedback/mine', '/api/v1/console/feedback/{code}/actions']) {
      expect(Object.keys(spec.paths), route).toContain(route);
    }
  });
});

describe('channel advice before sending', () => {
  it('explains the legal channel of a tố cáo', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/units/binh-giang/feedback/check', payload: { content: 'can bo xa an hoi lo' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'to_cao', title: expect.stringMatching(/tố cáo/) });
  });

  it('says nothing special about an ordinary phản ánh', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/units/binh-giang/feedback/check', payload: { content: 'Đường làng bị ngập' } });
    expect(res.json().kind).toBeNull();
  });
});

describe('submitting a PAKN', () => {
  it('answers 201 with a code to read out, an access key and the answer deadline in working days', async () => {
    const before = new Date();
    const res = await submit(t.app, validBody(topic));
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toEqual({
      code: expect.stringMatching(/^PA-\d{4}-[2-9A-HJ-NP-Z]{5}$/),
      accessKey: expect.stringMatching(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/),
      status: 'moi',
      dueDate: calendar.dueDate(before, 10),
      dueDateProvisional: calendar.isProvisionalBetween(before, calendar.dueDate(before, 10)),
    });
    const stored = await row(body.code);
    expect(stored.transfer_due_date).toBe(calendar.dueDate(before, 5));
    expect(stored.access_key_hash).toBe(crypto.createHash('sha256').update(body.accessKey.replace('-', '')).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(body.accessKey.replace('-', ''));
    expect(stored).toMatchObject({ status: 'moi', severity: 'binh_thuong', contact_phone: '0912 345 678', hide_identity: false });
    expect(stored.citizen_key).toMatch(/^device:[0-9a-f-]{36}$/);
    const events = await t.database.db.selectFrom('feedback_events').selectAll().where('feedback_id', '=', stored.id).execute();
    expect(events).toMatchObject([{ action: 'submitted', to_status: 'moi', actor_kind: 'citizen', internal: false }]);
  });

  it('codes kiến nghị KN and stores the text in NFC, the phone as written, the wish to stay hidden', async () => {
    const decomposed = 'Kiến nghị bố trí thêm giờ tiếp công dân vào sáng thứ Bảy hằng tuần'.normalize('NFD');
    const res = await submit(t.app, validBody(topic, {
      kind: 'kien_nghi',
      content: `  ${decomposed}\u0001 `,
      contact: { name: 'Trần Văn Bình', phone: '+84 912.345.678', address: 'Tổ 3, thôn Tây' },
      location: { lat: 20.85, lng: 106.68, address: 'Ngã ba chợ' },
      hideIdentity: true,
    }));
    expect(res.statusCode).toBe(201);
    expect(res.json().code).toMatch(/^KN-/);
    const stored = await row(res.json().code);
    expect(stored.content).toBe(decomposed.normalize('NFC'));
    expect(stored.contact_phone).toBe('+84 912.345.678');
    expect(stored.hide_identity).toBe(true);
    expect(stored.location).toEqual({ lat: 20.85, lng: 106.68, address: 'Ngã ba chợ' });
  });

  it('keeps a place without coordinates as null, not as 0,0', async () => {
    const res = await submit(t.app, validBody(topic, { location: { lat: null, lng: null, address: 'Cổng chợ Bình Giang' } }));
    expect(res.statusCode).toBe(201);
    expect((await row(res.json().code)).location).toEqual({ lat: null, lng: null, address: 'Cổng chợ Bình Giang' });
  });

  it('attaches the citizen’s own photos', async () => {
    const device = newDevice();
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push((await upload(t.app, tinyJpeg(), { device })).json().id);
    const res = await submit(t.app, validBody(topic, { photoIds: ids }), { device });
    expect(res.statusCode).toBe(201);
    const stored = await row(res.json().code);
    const photos = await t.database.db.selectFrom('feedback_photos').selectAll().where('feedback_id', '=', stored.id).orderBy('position').execute();
    expect(photos.map((p) => p.upload_id)).toEqual(ids);
    expect(photos.every((p) => !p.public)).toBe(true);
  });
});

describe('idempotency', () => {
  it('answers a retry with the same key and body with the same 201, and keeps one record', async () => {
    const key = crypto.randomUUID();
    const device = newDevice();
    const first = await submit(t.app, validBody(topic), { key, device });
    const before = await snapshot(t);
    const again = await submit(t.app, validBody(topic), { key, device });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(await snapshot(t)).toEqual(before);
  });

  it('stores exactly one record when duplicates arrive at once', async () => {
    const key = crypto.randomUUID();
    const device = newDevice();
    const before = await snapshot(t);
    const answers = await Promise.all(Array.from({ length: 6 }, () => submit(t.app, validBody(topic), { key, device })));
    expect(answers.map((r) => r.statusCode)).toEqual(Array(6).fill(201));
    expect(new Set(answers.map((r) => r.body)).size).toBe(1);
    const after = await snapshot(t);
    expect(after.feedback).toBe(before.feedback + 1);
    expect(after.events).toBe(before.events + 1);
  });

  it('refuses the same key with another body with 409, storing nothing', async () => {
    const key = crypto.randomUUID();
    const device = newDevice();
    await submit(t.app, validBody(topic), { key, device });
    const before = await snapshot(t);
    const res = await submit(t.app, validBody(topic, { content: 'Một nội dung hoàn toàn khác với lần gửi trước đó.' }), { key, device });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toEqual({ code: 'IDEMPOTENCY_CONFLICT', message: expect.stringMatching(/Idempotency-Key/) });
    const otherCitizen = await submit(t.app, validBody(topic), { key, device: newDevice() });
    expect(otherCitizen.statusCode).toBe(409);
    expect(await snapshot(t)).toEqual(before);
  });
});

describe('bad input is refused in Vietnamese and nothing is stored', () => {
  const withoutContact = () => {
    const { contact: _contact, ...rest } = validBody(topic);
    return rest;
  };

  it.each([
    ['missing contact', () => withoutContact(), 400, 'VALIDATION_FAILED', /contact/],
    ['empty content', () => validBody(topic, { content: '' }), 400, 'VALIDATION_FAILED', /ít nhất 20 ký tự/],
    ['content of only spaces and control characters', () => validBody(topic, { content: ` ${'\u0001'.repeat(30)} ` }), 400, 'VALIDATION_FAILED', /ít nhất 20 ký tự/],
    ['100 KB of content', () => validBody(topic, { content: 'ổ gà '.repeat(20_000) }), 400, 'VALIDATION_FAILED', /dài quá 5000 ký tự/],
    ['a topic that does not exist', () => validBody(999_999), 400, 'TOPIC_NOT_FOUND', /Lĩnh vực/],
    ['5 photos', () => validBody(topic, { photoIds: Array.from({ length: 5 }, () => crypto.randomUUID()) }), 400, 'VALIDATION_FAILED', /tối đa 4/],
    ['a photo never uploaded', () => validBody(topic, { photoIds: [crypto.randomUUID()] }), 400, 'UPLOAD_NOT_FOUND', /ảnh/],
    ['a phone that is not one', () => validBody(topic, { contact: { name: 'Lê Văn C', phone: '1234 5678', address: 'Thôn Bắc, xã Bình Giang' } }), 400, 'VALIDATION_FAILED', /Số điện thoại/],
    ['an unknown field', () => validBody(topic, { isAdmin: true }), 400, 'VALIDATION_FAILED', /isAdmin/],
    ['a wrong kind', () => validBody(topic, { kind: 'khieu_nai' }), 400, 'VALIDATION_FAILED', /kind/],
  ])('%s', async (_name, body, status, code, message) => {
    const before = await snapshot(t);
    const res = await submit(t.app, body());
    expect(res.statusCode).toBe(status);
    expect(res.json().error).toEqual({ code, message: expect.stringMatching(message) });
    expect(await snapshot(t)).toEqual(before);
  });

  it('refuses a topic of another unit', async () => {
    const [otherTopic] = await topicIds(t.app, 'kinh-mon');
    const before = await snapshot(t);
    const res = await submit(t.app, validBody(otherTopic!));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('TOPIC_NOT_FOUND');
    expect(await snapshot(t)).toEqual(before);
  });

  it('refuses an unknown unit with 404', async () => {
    const before = await snapshot(t);
    const res = await submit(t.app, validBody(topic), { unit: 'khong-ton-tai' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('UNIT_NOT_FOUND');
    expect(await snapshot(t)).toEqual(before);
  });

  it('refuses a missing or short Idempotency-Key, and a missing device identity', async () => {
    const before = await snapshot(t);
    for (const options of [{ key: null }, { key: 'abc' }, { device: null }, { device: 'not-a-uuid' }]) {
      const res = await submit(t.app, validBody(topic), options);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toMatch(/Idempotency-Key|thiết bị/);
    }
    expect(await snapshot(t)).toEqual(before);
  });

  it('refuses photos of another citizen and photos already sent', async () => {
    const owner = newDevice();
    const id = (await upload(t.app, tinyJpeg(), { device: owner })).json().id;
    const stolen = await submit(t.app, validBody(topic, { photoIds: [id] }), { device: newDevice() });
    expect(stolen.statusCode).toBe(400);
    expect(stolen.json().error.code).toBe('UPLOAD_NOT_FOUND');
    expect((await submit(t.app, validBody(topic, { photoIds: [id] }), { device: owner })).statusCode).toBe(201);
    const before = await snapshot(t);
    const reused = await submit(t.app, validBody(topic, { photoIds: [id] }), { device: owner });
    expect(reused.json().error.code).toBe('UPLOAD_NOT_FOUND');
    expect(await snapshot(t)).toEqual(before);
  });

  it('refuses a body that is not JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/units/binh-giang/feedback',
      headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID(), 'x-device-id': newDevice() },
      payload: '{"kind": "phan_anh",',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message.length).toBeGreaterThan(10);
  });
});

describe('rate limits', () => {
  it('limits submissions per address per minute', async () => {
    const remoteAddress = '10.200.0.1';
    for (let i = 0; i < 20; i++) await submit(t.app, {}, { remoteAddress });
    const res = await submit(t.app, validBody(topic), { remoteAddress });
    expect(res.statusCode).toBe(429);
    expect(res.json().error).toEqual({ code: 'RATE_LIMITED', message: expect.stringMatching(/thử lại sau/) });
  });

  it('limits submissions per citizen per hour', async () => {
    const device = newDevice();
    for (let i = 0; i < 30; i++) await submit(t.app, {}, { device });
    const res = await submit(t.app, validBody(topic), { device });
    expect(res.statusCode).toBe(429);
  });
});
