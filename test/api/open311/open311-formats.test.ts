import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey, newApiKey } from '../../../server/src/features/open311/api-keys.ts';
import { insertKey } from '../../../server/src/features/open311/open311.repository.ts';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { xmlRoot, xmlSimple, type XmlObject } from './open311-fixtures.ts';

/** Every endpoint in both formats, as the GeoReport v2 specification's examples call them. */
let t: TestApp;
let apiKey: string;

beforeAll(async () => {
  t = await buildTestApp();
  apiKey = newApiKey();
  await insertKey(t.database.db, { unitId: null, name: 'Hệ thống 1022', keyHash: hashApiKey(apiKey) });
});
afterAll(() => t?.close());

const get = (path: string) => t.app.inject({ method: 'GET', url: `/open311/v2/${path}` });
const both = async (path: string, query: string) => {
  const json = await get(`${path}.json?${query}`);
  const xml = await get(`${path}.xml?${query}`);
  expect(json.statusCode).toBe(200);
  expect(xml.statusCode).toBe(200);
  expect(json.headers['content-type']).toMatch(/^application\/json/);
  expect(xml.headers['content-type']).toMatch(/^text\/xml/);
  return { json: json.json(), xml: xml.body };
};
/** JSON's values as XML text: null → absent, numbers and booleans → strings. */
const asText = (value: unknown): unknown => {
  if (value === null) return undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(asText);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value as XmlObject).map(([k, v]) => [k, asText(v)]));
  return value;
};

const report = {
  api_key: '',
  jurisdiction_id: 'binh-giang',
  service_code: 'moi-truong',
  description: 'Khói <đốt rác> & bụi từ bãi rác thôn Nam bay vào nhà dân, đề nghị xã xử lý.',
  lat: 20.91,
  long: 106.31,
  address_string: 'Bãi rác thôn Nam',
  attribute: { contact_name: 'Đỗ Văn Hải', contact_phone: '0933444555', contact_address: 'Số 3 thôn Nam, xã Bình Giang' },
  media_url: 'https://city.example/anh/1.jpg',
};

describe('GeoReport v2 in XML and JSON', () => {
  it('discovery: endpoint, formats and contact, at /open311/ and /open311/v2/', async () => {
    for (const url of ['/open311/discovery', '/open311/v2/discovery']) {
      const json = (await t.app.inject({ method: 'GET', url: `${url}.json` })).json();
      expect(json).toMatchObject({
        contact: expect.stringContaining('Khóa Open311'),
        endpoints: [{ specification: 'http://wiki.open311.org/GeoReport_v2', url: 'http://localhost:3000/open311/v2', type: 'production', formats: ['text/xml', 'application/json'] }],
      });
      const xml = (await t.app.inject({ method: 'GET', url: `${url}.xml` })).body;
      expect(xmlRoot(xml)).toBe('discovery');
      const discovery = xmlSimple(xml);
      expect(discovery.contact).toBe(json.contact);
      expect(discovery.endpoints.endpoint.url).toBe('http://localhost:3000/open311/v2');
      expect(discovery.endpoints.endpoint.formats.format).toEqual(['text/xml', 'application/json']);
    }
  });

  it('services and a service definition: the same content, <services><service> and <service_definition><attributes><attribute>', async () => {
    const services = await both('services', 'jurisdiction_id=binh-giang');
    expect(xmlRoot(services.xml)).toBe('services');
    expect(xmlSimple(services.xml).service.map((s: XmlObject) => ({ ...s, group: s.group[0] }))).toEqual(asText(services.json));
    const definition = await both('services/moi-truong', 'jurisdiction_id=binh-giang');
    expect(xmlRoot(definition.xml)).toBe('service_definition');
    const xml = xmlSimple(definition.xml);
    expect(xml.service_code).toBe('moi-truong');
    expect(xml.attributes.attribute).toEqual(asText(definition.json.attributes));
  });

  it('POST requests: JSON with attributes and media_url, and form-encoded to requests.xml; 201 with service_request_id', async () => {
    const json = await t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: { ...report, api_key: apiKey } });
    expect(json.statusCode).toBe(201);
    expect(json.json()).toEqual([{ service_request_id: expect.stringMatching(/^PA-/), service_notice: expect.stringContaining('Hạn trả lời'), account_id: null }]);
    const form = new URLSearchParams({
      api_key: apiKey,
      jurisdiction_id: 'binh-giang',
      service_code: 'moi-truong',
      description: 'Đường ống nước sạch bị vỡ ở ngõ 7, nước chảy lênh láng ra đường.',
      address_string: 'Ngõ 7 thôn Đông',
      first_name: 'Vũ',
      last_name: 'Thị Mai',
      phone: '0944555666',
      contact_address: 'Số 9 ngõ 7 thôn Đông',
    });
    const xml = await t.app.inject({ method: 'POST', url: '/open311/v2/requests.xml', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: form.toString() });
    expect(xml.statusCode).toBe(201);
    expect(xmlRoot(xml.body)).toBe('service_requests');
    const [created] = xmlSimple(xml.body).request;
    expect(created).toEqual({ service_request_id: expect.stringMatching(/^PA-/), service_notice: expect.stringContaining('Hạn trả lời'), account_id: undefined });
  });

  it('POST without a location, or without the contact the law requires, is a spec-shaped 400', async () => {
    const { lat: _lat, long: _long, address_string: _address, ...nowhere } = report;
    const noPlace = await t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: { ...nowhere, api_key: apiKey } });
    expect(noPlace.statusCode).toBe(400);
    expect(noPlace.json()).toEqual([{ code: 400, description: expect.stringMatching(/lat và long, address_string hoặc address_id/) }]);
    const noName = await t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: { ...report, api_key: apiKey, attribute: { contact_phone: '0933444555', contact_address: 'Số 3 thôn Nam' } } });
    expect(noName.json()).toEqual([{ code: 400, description: expect.stringMatching(/^Thiếu họ tên người phản ánh \(attribute\[contact_name\] hoặc first_name, last_name\)/) }]);
    const badEmail = await t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: { ...report, api_key: apiKey, email: 'khong-phai-email' } });
    expect(badEmail.json()).toEqual([{ code: 400, description: expect.stringMatching(/^email/) }]);
  });

  it('requests and one request: the same content, <service_requests><request>, special characters intact', async () => {
    const id = (await t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: { ...report, api_key: apiKey, description: `${report.description} Lần 2.` } })).json()[0].service_request_id;
    const list = await both('requests', `jurisdiction_id=binh-giang&api_key=${apiKey}`);
    expect(xmlRoot(list.xml)).toBe('service_requests');
    expect(xmlSimple(list.xml).request).toEqual(asText(list.json));
    const one = await both(`requests/${id}`, `api_key=${apiKey}`);
    const [request] = xmlSimple(one.xml).request;
    expect(request).toEqual((asText(one.json) as unknown[])[0]);
    expect(request.description).toBe(`${report.description} Lần 2.`);
  });

  it('service_request_id overrides every other filter', async () => {
    // With the specification's own contact fields (no attributes), as any client sends them.
    const { attribute: _attribute, media_url: _media, ...plain } = report;
    const payload = { ...plain, api_key: apiKey, description: `${report.description} Lần 3.`, first_name: 'Đỗ Văn', last_name: 'Hải', phone: '0933444555', contact_address: 'Số 3 thôn Nam' };
    const id = (await t.app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload })).json()[0].service_request_id;
    const res = await get(`requests.json?jurisdiction_id=binh-giang&service_request_id=${id}&service_code=khac&status=closed&start_date=2030-01-01&end_date=2030-01-02`);
    expect(res.statusCode).toBe(200);
    expect(res.json().map((r: { service_request_id: string }) => r.service_request_id)).toEqual([id]);
  });

  it('servicerequestupdates: the same updates, <service_requests_updates><request_update>', async () => {
    const updates = await both('servicerequestupdates', 'jurisdiction_id=binh-giang');
    expect(updates.json.length).toBeGreaterThan(0);
    expect(updates.json[0]).toEqual({ update_id: expect.any(String), service_request_id: expect.any(String), status: 'open', updated_datetime: expect.any(String), description: 'Mới gửi', media_url: null });
    expect(xmlRoot(updates.xml)).toBe('service_requests_updates');
    expect(xmlSimple(updates.xml).request_update).toEqual(asText(updates.json));
  });
});
