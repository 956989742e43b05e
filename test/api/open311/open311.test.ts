import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey, newApiKey } from '../../../server/src/features/open311/api-keys.ts';
import { insertKey } from '../../../server/src/features/open311/open311.repository.ts';
import { findUnitBySlug } from '../../../server/src/features/units/units.repository.ts';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';

let t: TestApp;
let cityKey: string;
let namAnPhuKey: string;

beforeAll(async () => {
  t = await buildTestApp();
  const db = t.database.db;
  cityKey = newApiKey();
  await insertKey(db, { unitId: null, name: 'Hệ thống 1022 Hải Phòng', keyHash: hashApiKey(cityKey) });
  namAnPhuKey = newApiKey();
  await insertKey(db, { unitId: (await findUnitBySlug(db, 'nam-an-phu'))!.id, name: 'Cổng xã Nam An Phú', keyHash: hashApiKey(namAnPhuKey) });
});
afterAll(() => t?.close());

/** As the city's system reads: with its key. */
const get = (url: string) => t.app.inject({ method: 'GET', url: `/open311/v2/${url}${url.includes('?') ? '&' : '?'}api_key=${cityKey}` });
const getPublic = (url: string) => t.app.inject({ method: 'GET', url: `/open311/v2/${url}` });
const postJson = (payload: object) => t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload });
const postForm = (fields: Record<string, string>) =>
  t.app.inject({
    method: 'POST',
    url: '/open311/v2/requests.json',
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    payload: new URLSearchParams(fields).toString(),
  });

const report = (overrides: Record<string, unknown> = {}) => ({
  api_key: cityKey,
  jurisdiction_id: 'binh-giang',
  service_code: 'moi-truong',
  description: 'Bãi rác tự phát cạnh kênh thủy lợi thôn Đông bốc mùi, xin xã cho thu gom. Liên hệ 0987 654 321.',
  lat: 20.9,
  long: 106.3,
  address_string: 'Kênh thủy lợi thôn Đông, xã Bình Giang',
  first_name: 'Trần Thị',
  last_name: 'Bình',
  phone: '0987654321',
  email: 'binh@example.com',
  ...overrides,
});

const expectOpen311Error = (res: { statusCode: number; json(): unknown }, status: number) => {
  expect(res.statusCode).toBe(status);
  const body = res.json() as { code: number; description: string }[];
  expect(body).toEqual([{ code: status, description: expect.any(String) }]);
  return body[0].description;
};

describe('services', () => {
  it('lists the unit’s active topics as services', async () => {
    const res = await get('services.json?jurisdiction_id=binh-giang');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    const services = res.json();
    expect(services).toHaveLength(7);
    expect(services[3]).toEqual({
      service_code: 'moi-truong',
      service_name: 'Môi trường',
      description: expect.stringContaining('Xã Bình Giang'),
      // Every service asks for the contact the law requires (its definition's attributes).
      metadata: true,
      type: 'realtime',
      keywords: 'Môi trường, moi truong',
      group: 'Phản ánh, kiến nghị',
    });
  });

  it('gives a service definition whose attributes are the contact the law requires, 404 for an unknown code', async () => {
    const res = await get('services/moi-truong.json?jurisdiction_id=binh-giang');
    expect(res.statusCode).toBe(200);
    const definition = res.json();
    expect(definition.service_code).toBe('moi-truong');
    expect(definition.attributes.map((a: { code: string; required: boolean }) => [a.code, a.required])).toEqual([
      ['contact_name', true],
      ['contact_phone', true],
      ['contact_address', true],
    ]);
    expectOpen311Error(await get('services/khong-co.json?jurisdiction_id=binh-giang'), 404);
  });

  it('answers errors in the Open311 format: unknown jurisdiction 404, missing one 400, unknown path 404', async () => {
    expect(expectOpen311Error(await get('services.json?jurisdiction_id=khong-co'), 404)).toMatch(/Không tìm thấy xã, phường/);
    expect(expectOpen311Error(await get('services.json'), 400)).toMatch(/jurisdiction_id/);
    expectOpen311Error(await get('requests.json?jurisdiction_id=khong-co'), 404);
    expectOpen311Error(await get('khong-co.json'), 404);
  });

  it('leaves the rest of the API in its own error format', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/units/khong-co' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'UNIT_NOT_FOUND' } });
    expect((await t.app.inject({ method: 'GET', url: '/khong-co-gi' })).json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});

describe('POST requests', () => {
  it('refuses a missing or wrong api_key with 403 in the Open311 format, and stores nothing', async () => {
    const count = async () => Number((await t.database.db.selectFrom('feedback').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    expect(expectOpen311Error(await postJson(report({ api_key: undefined })), 403)).toMatch(/api_key/);
    expect(expectOpen311Error(await postJson(report({ api_key: 'o311_sai' })), 403)).toMatch(/api_key không hợp lệ/);
    expect(expectOpen311Error(await postJson(report({ api_key: namAnPhuKey })), 403)).toMatch(/Xã Bình Giang/);
    expect(await count()).toBe(before);
  });

  it('creates a PAKN through the submission service, readable without contact data', async () => {
    const res = await postJson(report());
    expect(res.statusCode).toBe(201);
    const [created] = res.json();
    expect(created).toEqual({ service_request_id: expect.stringMatching(/^PA-\d{4}-[2-9A-HJ-NP-Z]{5}$/), service_notice: expect.stringContaining('Hạn trả lời'), account_id: null });

    const stored = await t.database.db
      .selectFrom('feedback')
      .select(['channel', 'status', 'contact_name', 'contact_phone', 'contact_address', 'citizen_key'])
      .where('code', '=', created.service_request_id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ status: 'moi', contact_name: 'Trần Thị Bình', contact_phone: '0987654321', contact_address: 'Kênh thủy lợi thôn Đông, xã Bình Giang' });
    expect(stored.citizen_key).toMatch(/^open311:\d+$/);
    expect(stored.channel).toBe('open311');

    const one = await get(`requests/${created.service_request_id}.json?jurisdiction_id=binh-giang`);
    expect(one.statusCode).toBe(200);
    const [request] = one.json();
    expect(request).toMatchObject({
      service_request_id: created.service_request_id,
      status: 'open',
      status_notes: 'Mới gửi',
      service_code: 'moi-truong',
      service_name: 'Môi trường',
      agency_responsible: 'Xã Bình Giang',
      // Without contact_address, address_string is also the sender's contact address: never shown.
      address: null,
      lat: 20.9,
      long: 106.3,
      media_url: null,
    });
    expect(request.requested_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    expect(request.expected_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T23:59:59\+07:00$/);
    expect(request.description).toMatch(/^Bãi rác tự phát/);
    expect(one.body).not.toContain('0987');
    expect(one.body).not.toContain('654 321');
    expect(one.body).not.toContain('Trần Thị Bình');
    expect(one.body).not.toContain('example.com');

    // Without the jurisdiction too (the code is unique), but not under another unit.
    expect((await get(`requests/${created.service_request_id}.json`)).json()[0].service_request_id).toBe(created.service_request_id);
    expectOpen311Error(await get(`requests/${created.service_request_id}.json?jurisdiction_id=nam-an-phu`), 404);
    expectOpen311Error(await get('requests/PA-0000-AAAAA.json?jurisdiction_id=binh-giang'), 404);
  });

  it('gives the same request back when a client resends it', async () => {
    const body = report({ description: 'Cống thoát nước ở ngõ 5 thôn Tây bị tắc, nước tràn lên đường khi mưa.' });
    const first = (await postJson(body)).json()[0].service_request_id;
    const again = (await postJson(body)).json()[0].service_request_id;
    expect(again).toBe(first);
  });

  it('accepts a form-encoded POST as a standard Open311 client sends it', async () => {
    const res = await postForm({
      api_key: cityKey,
      jurisdiction_id: 'nam-an-phu',
      service_code: 'ha-tang-giao-thong',
      description: 'Ổ gà lớn trên đường trục xã đoạn gần chợ, xe máy dễ ngã.',
      lat: '20.85',
      long: '106.41',
      address_string: 'Đường trục xã, gần chợ Nam An Phú',
      address_id: '',
      email: '',
      device_id: '',
      account_id: '',
      first_name: 'Lê',
      last_name: 'Văn Cường',
      phone: '0912 345 678',
      media_url: '',
    });
    expect(res.statusCode).toBe(201);
    const id = res.json()[0].service_request_id;
    const [request] = (await get(`requests/${id}.json?jurisdiction_id=nam-an-phu`)).json();
    expect(request).toMatchObject({ service_code: 'ha-tang-giao-thong', lat: 20.85, long: 106.41, agency_responsible: 'Xã Nam An Phụ' });
  });

  it('shows as address the place the citizen gave, never the sender’s contact address', async () => {
    const place = 'Kênh thủy lợi thôn Đông, xã Bình Giang';
    const apart = (await postJson(report({ contact_address: 'Số 3 ngõ 7, thôn Tây, xã Bình Giang', description: 'Bãi rác tự phát cạnh kênh thủy lợi thôn Đông lại xuất hiện sau một tuần.' }))).json();
    expect((await get(`requests/${apart[0].service_request_id}.json`)).json()[0].address).toBe(place);
    const same = (await postJson(report({ contact_address: place, description: 'Nước kênh thủy lợi thôn Đông đổi màu đen và bốc mùi khó chịu.' }))).json();
    expect((await get(`requests/${same[0].service_request_id}.json`)).json()[0].address).toBeNull();
    const house = (await postJson(report({
      contact_address: 'Số 9 ngõ 2 đường Đông Hải, xã Bình Giang',
      address_string: 'Trước nhà số 9 ngõ 2 đường Đông Hải',
      description: 'Nắp cống trước nhà bị vỡ, xe máy đi qua rất dễ bị sụt bánh.',
    }))).json();
    expect((await get(`requests/${house[0].service_request_id}.json`)).json()[0].address).toBeNull();
  });

  it('refuses what the law requires and is missing, in Vietnamese, in the Open311 format', async () => {
    expect(expectOpen311Error(await postJson(report({ phone: undefined })), 400)).toMatch(/số điện thoại/);
    expect(expectOpen311Error(await postJson(report({ first_name: undefined, last_name: undefined })), 400)).toMatch(/họ tên/);
    expect(expectOpen311Error(await postJson(report({ address_string: undefined })), 400)).toMatch(/địa chỉ liên hệ/);
    expect(expectOpen311Error(await postJson(report({ service_code: 'khong-co' })), 400)).toMatch(/service_code/);
    expect(expectOpen311Error(await postJson(report({ description: 'Ngắn quá' })), 400)).toMatch(/20 ký tự/);
    expect(expectOpen311Error(await postJson(report({ jurisdiction_id: 'khong-co' })), 404)).toMatch(/Không tìm thấy/);
    expectOpen311Error(await postJson(report({ lat: 'bắc' })), 400);
  });
});

describe('GET requests', () => {
  it('filters by service code, status, id list and dates', async () => {
    const all = (await get('requests.json?jurisdiction_id=binh-giang')).json() as { service_request_id: string; service_code: string }[];
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(all)).not.toMatch(/0987654321|contact|phone/);

    // Close one, as an officer's answer would.
    const closed = all[0].service_request_id;
    await t.database.db.updateTable('feedback').set({ status: 'dong' }).where('code', '=', closed).execute();
    const open = (await get('requests.json?jurisdiction_id=binh-giang&status=open')).json() as { service_request_id: string; status: string }[];
    expect(open.map((r) => r.service_request_id)).not.toContain(closed);
    expect(open.every((r) => r.status === 'open')).toBe(true);
    const closedOnes = (await get('requests.json?jurisdiction_id=binh-giang&status=closed')).json();
    expect(closedOnes.map((r: { service_request_id: string }) => r.service_request_id)).toEqual([closed]);
    expect(closedOnes[0]).toMatchObject({ status: 'closed', status_notes: 'Đã đóng' });
    expect((await get('requests.json?jurisdiction_id=binh-giang&status=open,closed')).json()).toHaveLength(all.length);

    expect((await get('requests.json?jurisdiction_id=binh-giang&service_code=an-ninh-trat-tu')).json()).toEqual([]);
    expect((await get('requests.json?jurisdiction_id=binh-giang&service_code=moi-truong,an-ninh-trat-tu')).json()).toHaveLength(all.length);
    const byId = (await get(`requests.json?jurisdiction_id=binh-giang&service_request_id=${all[1].service_request_id},PA-0000-AAAAA`)).json();
    expect(byId.map((r: { service_request_id: string }) => r.service_request_id)).toEqual([all[1].service_request_id]);

    expect((await get('requests.json?jurisdiction_id=binh-giang&start_date=2099-01-01T00:00:00Z')).json()).toEqual([]);
    expect((await get('requests.json?jurisdiction_id=binh-giang&start_date=2020-01-01&end_date=2099-12-31')).json()).toHaveLength(all.length);
    expect(expectOpen311Error(await get('requests.json?jurisdiction_id=binh-giang&start_date=hom-qua'), 400)).toMatch(/ISO 8601/);
    expectOpen311Error(await get('requests.json?jurisdiction_id=binh-giang&status=dang-xu-ly'), 400);
    // Another unit's list does not show them.
    const other = (await get('requests.json?jurisdiction_id=nam-an-phu')).json() as { service_request_id: string }[];
    expect(other.map((r) => r.service_request_id)).not.toContain(closed);
  });

  it('explains a rejection in status_notes', async () => {
    const [first] = (await get('requests.json?jurisdiction_id=nam-an-phu')).json();
    await t.database.db.updateTable('feedback').set({ status: 'tu_choi', reject_reason: 'ngoai_tham_quyen' }).where('code', '=', first.service_request_id).execute();
    const [request] = (await get(`requests/${first.service_request_id}.json`)).json();
    expect(request).toMatchObject({ status: 'closed', status_notes: 'Từ chối tiếp nhận: Ngoài thẩm quyền của đơn vị' });
  });

  it('shows a published answer (masked) and its approved photo as an absolute media_url', async () => {
    const id = (await postJson(report({ description: 'Cây xanh đổ chắn ngang đường liên thôn sau bão, chưa ai dọn.' }))).json()[0].service_request_id;
    const db = t.database.db;
    const row = await db.selectFrom('feedback').select(['id', 'unit_id']).where('code', '=', id).executeTakeFirstOrThrow();
    const uploadId = crypto.randomUUID();
    const photoId = crypto.randomUUID();
    await db.insertInto('uploads').values({ id: uploadId, content_type: 'image/jpeg', size_bytes: 10, sha256: 'x', path: 'x.jpg', citizen_key: 'open311:1', feedback_id: row.id }).execute();
    await db.insertInto('feedback_photos').values({ id: photoId, unit_id: row.unit_id, feedback_id: row.id, upload_id: uploadId, position: 0, public: true }).execute();
    await db
      .updateTable('feedback')
      .set({ status: 'da_tra_loi', published: true, answer: 'Gửi bà Trần Thị Bình (0987654321): xã đã dọn cây đổ.' })
      .where('id', '=', row.id)
      .execute();
    const res = await t.app.inject({ method: 'GET', url: `/open311/v2/requests/${id}.json` });
    const [request] = res.json();
    expect(request).toMatchObject({ status: 'closed', media_url: `http://localhost:3000/api/v1/public/photos/${photoId}` });
    expect(request.status_notes).toMatch(/^Đã trả lời\. Trả lời: Gửi bà \[đã ẩn\] \(09x{8}\): xã đã dọn cây đổ\.$/);
  });

  it('shows the public (and a key of another unit) an unpublished request’s status, service and dates only, its content once published', async () => {
    const [created] = (await postJson(report({ description: 'Cột điện nghiêng ở ngõ 5 thôn Tây có nguy cơ đổ, đề nghị kiểm tra gấp giúp dân.' }))).json();
    const id = created.service_request_id;
    const statusOnly = {
      service_request_id: id,
      status: 'open',
      status_notes: 'Mới gửi',
      service_code: 'moi-truong',
      service_name: 'Môi trường',
      description: null,
      address: null,
      lat: null,
      long: null,
      media_url: null,
      requested_datetime: expect.stringMatching(/\+07:00$/),
      updated_datetime: expect.stringMatching(/\+07:00$/),
      expected_datetime: expect.stringMatching(/T23:59:59\+07:00$/),
    };
    for (const res of [
      await getPublic(`requests/${id}.json`),
      await t.app.inject({ method: 'GET', url: `/open311/v2/requests/${id}.json?api_key=${namAnPhuKey}` }),
    ]) {
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual([expect.objectContaining(statusOnly)]);
      expect(res.body).not.toMatch(/Cột điện|Trần Thị|0987|binh@example|Kênh thủy lợi/);
    }
    const listed = (await getPublic('requests.json?jurisdiction_id=binh-giang')).json().find((r: { service_request_id: string }) => r.service_request_id === id);
    expect(listed).toMatchObject({ description: null, address: null, lat: null });
    await t.database.db.updateTable('feedback').set({ published: true, published_at: new Date() }).where('code', '=', id).execute();
    expect((await getPublic(`requests/${id}.json`)).json()[0].description).toMatch(/^Cột điện nghiêng/);
  });
});
