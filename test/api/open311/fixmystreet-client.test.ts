import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { loginAs } from '../../helpers/officers.ts';
import { tinyJpeg } from '../../helpers/test-images.ts';
import { fmsErrorText, formData, xmlSimple } from './open311-fixtures.ts';

/**
 * The calls FixMyStreet's client (perllib/Open311.pm in mysociety/fixmystreet) makes,
 * exactly as it makes them: GET with jurisdiction_id in the query (and no api_key,
 * except servicerequestupdates), POST form-encoded with api_key and jurisdiction_id
 * added, multipart/form-data when it uploads photos; every answer read as XML::Simple
 * reads it, and success decided as it decides it.
 */
let t: TestApp;
let apiKey: string;
const ENDPOINT = '/open311/v2/';
const JURISDICTION = 'binh-giang';
const LWP = { 'user-agent': 'libwww-perl/6.77' };

beforeAll(async () => {
  t = await buildTestApp();
  // The key is made in the console while the server runs, and used at once.
  const city = await loginAs(t.app, 'admin.hai-phong');
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/console/open311-keys', headers: { ...city }, payload: { name: 'FixMyStreet Hải Phòng' } });
  expect(res.statusCode).toBe(201);
  apiKey = res.json().secret;
});
afterAll(() => t?.close());

/** Open311.pm's _get: jurisdiction_id joins the query; no api_key. */
const fmsGet = (path: string, params: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url: `${ENDPOINT}${path}?${new URLSearchParams({ ...params, jurisdiction_id: JURISDICTION })}`, headers: LWP });

/** Open311.pm's _post without uploads: HTTP::Request::Common's form-encoded POST, api_key and jurisdiction_id added. */
const fmsPost = (path: string, params: Record<string, string | string[]>) => {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...params, jurisdiction_id: JURISDICTION, api_key: apiKey })) {
    for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
  }
  return t.app.inject({
    method: 'POST',
    url: `${ENDPOINT}${path}`,
    headers: { ...LWP, 'content-type': 'application/x-www-form-urlencoded' },
    payload: form.toString(),
  });
};

/** _populate_service_request_params for a report with a pin, the attributes the service definition asked for filled in. */
const problem = (overrides: Record<string, string | string[]> = {}) => ({
  description: 'Ổ gà lớn trước cổng trường\n\nỔ gà sâu khoảng 20 cm trước cổng trường tiểu học, xe máy đi qua rất nguy hiểm.\n\nhttps://fixmystreet.example/report/41\n',
  service_code: 'ha-tang-giao-thong',
  first_name: 'Phạm',
  last_name: 'Văn Đức',
  email: 'duc@example.com',
  lat: '20.901234',
  long: '106.301234',
  'attribute[contact_name]': 'Phạm Văn Đức',
  'attribute[contact_phone]': '0912 345 678',
  'attribute[contact_address]': 'Số 12 thôn Tây, xã Bình Giang',
  ...overrides,
});

/** send_service_request's test of success: a scalar service_request_id in the first <request>. */
const requestIdOf = (xml: string): string | undefined => {
  const id = xmlSimple(xml).request?.[0]?.service_request_id;
  return typeof id === 'string' ? id : undefined;
};

describe('FixMyStreet’s Open311.pm', () => {
  it('get_service_list: services.xml lists services it can read', async () => {
    const res = await fmsGet('services.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/xml/);
    const services = xmlSimple(res.body).service;
    expect(services).toHaveLength(7);
    expect(services.find((s: { service_code: string }) => s.service_code === 'ha-tang-giao-thong')).toMatchObject({
      service_name: 'Hạ tầng, giao thông',
      metadata: 'true',
      type: 'realtime',
      // ForceArray includes "group": one group, as a list.
      group: ['Phản ánh, kiến nghị'],
    });
  });

  it('get_service_meta_info: services/{code}.xml has the contact the law requires as required attributes', async () => {
    const res = await fmsGet('services/ha-tang-giao-thong.xml');
    expect(res.statusCode).toBe(200);
    const meta = xmlSimple(res.body);
    expect(meta.service_code).toBe('ha-tang-giao-thong');
    const attributes = meta.attributes.attribute as Record<string, string>[];
    expect(attributes.map((a) => [a.code, a.required, a.variable, a.datatype])).toEqual([
      ['contact_name', 'true', 'true', 'string'],
      ['contact_phone', 'true', 'true', 'string'],
      ['contact_address', 'true', 'true', 'string'],
    ]);
    expect(attributes[1].description).toMatch(/Nghị định 20\/2008/);
  });

  it('send_service_request: a form-encoded POST to requests.xml returns an id it reads as success, once', async () => {
    const res = await fmsPost('requests.xml', problem());
    expect(res.statusCode).toBe(201);
    const id = requestIdOf(res.body);
    expect(id).toMatch(/^PA-/);
    expect(xmlSimple(res.body).request[0].service_notice).toMatch(/đã nhận phản ánh/);
    // FixMyStreet resends what it thinks failed: the same request gets the same id, nothing new is stored.
    const again = await fmsPost('requests.xml', problem());
    expect(again.statusCode).toBe(201);
    expect(requestIdOf(again.body)).toBe(id);
    const kept = await t.database.db
      .selectFrom('open311_request_details as d')
      .innerJoin('feedback as f', 'f.id', 'd.feedback_id')
      .select(['d.email', 'f.contact_name', 'f.contact_phone', 'f.channel'])
      .where('f.code', '=', id!)
      .execute();
    expect(kept).toEqual([{ email: 'duc@example.com', contact_name: 'Phạm Văn Đức', contact_phone: '0912 345 678', channel: 'open311' }]);
  });

  it('send_service_request: a report without a pin sends address_id #NOTPINPOINTED# or address_string, and media_url', async () => {
    const { lat: _lat, long: _long, ...unpinned } = problem({ description: 'Đèn đường hỏng cả đoạn từ đình làng đến chợ, tối đi lại rất khó khăn.' });
    const notPinpointed = await fmsPost('requests.xml', { ...unpinned, address_id: '#NOTPINPOINTED#' });
    expect(notPinpointed.statusCode).toBe(201);
    expect(requestIdOf(notPinpointed.body)).toBeDefined();
    const withPostcode = await fmsPost('requests.xml', {
      ...unpinned,
      description: 'Cống thoát nước ở chợ bị tắc, nước tràn ra đường mỗi khi mưa.',
      address_string: 'Chợ xã Bình Giang',
      media_url: ['https://fixmystreet.example/photo/41.0.full.jpeg', 'https://fixmystreet.example/photo/41.1.full.jpeg'],
    });
    expect(withPostcode.statusCode).toBe(201);
    const id = requestIdOf(withPostcode.body)!;
    const details = await t.database.db
      .selectFrom('open311_request_details as d')
      .innerJoin('feedback as f', 'f.id', 'd.feedback_id')
      .select(['d.media_urls'])
      .where('f.code', '=', id)
      .executeTakeFirstOrThrow();
    expect(details.media_urls).toEqual(['https://fixmystreet.example/photo/41.0.full.jpeg', 'https://fixmystreet.example/photo/41.1.full.jpeg']);
  });

  it('send_service_request with uploads: multipart/form-data with photo1 stores the photo with the PAKN', async () => {
    const fields = Object.entries({ ...problem({ description: 'Cây đổ chắn ngang đường liên thôn sau bão, chưa ai dọn dẹp.' }), jurisdiction_id: JURISDICTION, api_key: apiKey });
    const body = formData(fields as [string, string][], [{ name: 'photo1', filename: '42.0.full.jpeg', contentType: 'image/jpeg', data: tinyJpeg() }]);
    const res = await t.app.inject({
      method: 'POST',
      url: `${ENDPOINT}requests.xml`,
      headers: { ...LWP, 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(res.statusCode).toBe(201);
    const id = requestIdOf(res.body)!;
    const photos = await t.database.db
      .selectFrom('feedback_photos as p')
      .innerJoin('feedback as f', 'f.id', 'p.feedback_id')
      .select('p.id')
      .where('f.code', '=', id)
      .execute();
    expect(photos).toHaveLength(1);
  });

  it('a request missing the contact the law requires fails as an Open311 error it can log, not as a 201', async () => {
    const res = await fmsPost('requests.xml', problem({ 'attribute[contact_phone]': '' }));
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^text\/xml/);
    expect(requestIdOf(res.body)).toBeUndefined();
    expect(fmsErrorText(res.body)).toMatch(/^400: Thiếu số điện thoại người phản ánh \(attribute\[contact_phone\] hoặc phone\)/);
  });

  it('get_service_requests: requests.xml with service_request_id, without a key, follows what it posted', async () => {
    const id = requestIdOf((await fmsPost('requests.xml', problem({ description: 'Rác thải đổ trộm bên bờ kênh thôn Đông, bốc mùi rất khó chịu.' }))).body)!;
    const res = await fmsGet('requests.xml', { service_request_id: id });
    expect(res.statusCode).toBe(200);
    const [request] = xmlSimple(res.body).request;
    expect(request).toMatchObject({ service_request_id: id, status: 'open', service_code: 'ha-tang-giao-thong', service_name: 'Hạ tầng, giao thông' });
    expect(request.requested_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    // Unpublished: no content, no place, nothing personal.
    expect(request.description).toBeUndefined();
    expect(request.lat).toBeUndefined();
    expect(res.body).not.toMatch(/Rác thải|0912|Phạm|duc@example/);
  });

  it('get_service_request_updates: servicerequestupdates.xml with api_key, start_date and end_date gives the status changes', async () => {
    const id = requestIdOf((await fmsPost('requests.xml', problem({ description: 'Biển báo giao thông ở ngã ba bị đổ, cần dựng lại sớm.' }))).body)!;
    const db = t.database.db;
    const row = await db.selectFrom('feedback').select(['id', 'unit_id']).where('code', '=', id).executeTakeFirstOrThrow();
    await db.updateTable('feedback').set({ status: 'dang_xu_ly' }).where('id', '=', row.id).execute();
    await db
      .insertInto('feedback_events')
      .values({ unit_id: row.unit_id, feedback_id: row.id, actor_kind: 'officer', action: 'status_changed', from_status: 'da_tiep_nhan', to_status: 'dang_xu_ly', note: 'Gọi ông Đức 0912345678' })
      .execute();
    const start = new Date(Date.now() - 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const end = new Date(Date.now() + 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const res = await t.app.inject({
      method: 'GET',
      url: `${ENDPOINT}servicerequestupdates.xml?${new URLSearchParams({ api_key: apiKey, start_date: start, end_date: end, jurisdiction_id: JURISDICTION })}`,
      headers: LWP,
    });
    expect(res.statusCode).toBe(200);
    const updates = (xmlSimple(res.body).request_update as Record<string, string>[]).filter((u) => u.service_request_id === id);
    expect(updates.map((u) => [u.status, u.description])).toEqual([
      ['open', 'Mới gửi'],
      ['open', 'Đang xử lý'],
    ]);
    expect(updates[1].update_id).toMatch(/^\d+$/);
    expect(updates[1].updated_datetime).toMatch(/\+07:00$/);
    expect(res.body).not.toMatch(/0912345678|Gọi ông/);
  });

  it('post_service_request_update: refused with a reason it logs, not an unknown path', async () => {
    const res = await fmsPost('servicerequestupdates.xml', {
      updated_datetime: '2026-12-02T10:00:00+07:00',
      service_request_id: 'PA-2612-AAAAA',
      status: 'OPEN',
      description: 'Vẫn chưa sửa.',
      last_name: 'Văn Đức',
      first_name: 'Phạm',
      update_id: '77',
    });
    expect(res.statusCode).toBe(403);
    expect(xmlSimple(res.body).request_update).toBeUndefined();
    expect(fmsErrorText(res.body)).toMatch(/^403: Không nhận cập nhật phản ánh từ hệ thống khác/);
  });

  it('an error of a GET is read as FixMyStreet reads it: <errors><error><code/><description/>', async () => {
    const res = await fmsGet('services/khong-co.xml');
    expect(res.statusCode).toBe(404);
    expect(fmsErrorText(res.body)).toMatch(/^404: Đơn vị không có dịch vụ/);
  });
});
