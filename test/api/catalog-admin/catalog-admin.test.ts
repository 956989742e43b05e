import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { loginAs, type OfficerHeaders } from '../../helpers/officers.ts';

let t: TestApp;
let officer: OfficerHeaders;
let otherOfficer: OfficerHeaders;
let cityAdmin: OfficerHeaders;

beforeAll(async () => {
  // The public catalog re-checks the version on every read, as another process would after the refresh interval.
  t = await buildTestApp({ catalogRefreshMs: 0 });
  officer = await loginAs(t.app, 'canbo.nam-an-phu');
  otherOfficer = await loginAs(t.app, 'canbo.binh-giang');
  cityAdmin = await loginAs(t.app, 'admin.hai-phong');
});
afterAll(() => t?.close());

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
const admin = (method: Method, url: string, headers: Partial<OfficerHeaders> = {}, payload?: object) =>
  t.app.inject({ method, url: `/api/v1/console/catalog${url}`, headers, ...(payload ? { payload } : {}) });
const pub = (url: string) => t.app.inject({ method: 'GET', url: `/api/v1/units/nam-an-phu${url}` });
const searchCodes = async (q: string) =>
  (await pub(`/procedures?q=${encodeURIComponent(q)}&limit=100`)).json().items.map((p: { code: string }) => p.code) as string[];

/** A multipart/form-data body as a browser sends it. */
function multipart(parts: { name: string; value: string | Buffer; filename?: string; type?: string }[]) {
  const boundary = '----cchc-test-boundary';
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ''}`;
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.filename ? `Content-Type: ${p.type ?? 'application/octet-stream'}\r\n` : ''}\r\n`;
    chunks.push(Buffer.from(head), Buffer.isBuffer(p.value) ? p.value : Buffer.from(p.value), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

const importFile = (headers: Partial<OfficerHeaders>, file: { name: string; content: string }, fields: Record<string, string> = {}, query = '') => {
  const body = multipart([
    ...Object.entries(fields).map(([name, value]) => ({ name, value })),
    { name: 'file', value: file.content, filename: file.name, type: 'text/csv' },
  ]);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/console/catalog/procedures/import${query}`,
    headers: { ...headers, 'content-type': body.contentType },
    payload: body.payload,
  });
};

const CSV_HEADER = 'Mã thủ tục;Tên thủ tục;Lĩnh vực;Cơ quan thực hiện;Cách thức thực hiện;Thời hạn giải quyết;Phí, lệ phí';

describe('procedures', () => {
  it('lists every procedure of the officer’s unit, searchable without accents', async () => {
    const res = await admin('GET', '/procedures?q=khai%20sinh&limit=100', officer);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.map((p: { code: string }) => p.code)).toContain('1.001193');
    expect(body.items[0]).toMatchObject({ status: 'active' });
    expect(body.items[0].updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await admin('GET', '/procedures?q=dang%20ky%20khai%20sinh', officer)).json().items.map((p: { code: string }) => p.code)).toContain('1.001193');
    expect((await admin('GET', '/procedures')).statusCode).toBe(401);
  });

  it('edits a procedure: the public detail shows it, with the revision in its history', async () => {
    const current = await admin('GET', '/procedures/1.001193', officer);
    expect(current.statusCode).toBe(200);
    const { procedure, history } = current.json();
    expect(procedure).toMatchObject({ code: '1.001193', name: expect.stringMatching(/khai sinh/i) });
    expect(history[0].action).toBe('published');

    const edited = { ...procedure, summary: 'Mô tả do cán bộ xã cập nhật.', content: { ...procedure.content, conditions: 'Không có điều kiện.' } };
    const saved = await admin('PUT', '/procedures/1.001193', officer, { procedure: edited });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ outcome: 'updated', status: 'active', procedure: { summary: 'Mô tả do cán bộ xã cập nhật.' } });

    const detail = (await pub('/procedures/1.001193')).json();
    expect(detail.summary).toBe('Mô tả do cán bộ xã cập nhật.');
    expect(detail.conditions).toBe('Không có điều kiện.');
    expect(detail.history.map((h: { action: string }) => h.action)).toEqual(['published', 'updated']);

    const same = await admin('PUT', '/procedures/1.001193', officer, { procedure: edited });
    expect(same.json().outcome).toBe('unchanged');
  });

  it('records an edit with a decision as an amendment', async () => {
    const { procedure } = (await admin('GET', '/procedures/1.001193', officer)).json();
    const res = await admin('PUT', '/procedures/1.001193', officer, {
      procedure: { ...procedure, summary: 'Sửa đổi theo quyết định.' },
      decision: 'Quyết định số 77/QĐ-UBND của UBND thành phố',
      decidedOn: '2026-10-01',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('amended');
    expect((await pub('/procedures/1.001193')).json().history.at(-1)).toMatchObject({
      action: 'amended',
      decision: 'Quyết định số 77/QĐ-UBND của UBND thành phố',
      decidedOn: '2026-10-01',
    });
  });

  it('adds a new procedure with PUT (201), and refuses a body whose code differs or is invalid', async () => {
    const { procedure } = (await admin('GET', '/procedures/1.001193', officer)).json();
    const created = await admin('PUT', '/procedures/1.888001', officer, { procedure: { ...procedure, code: '1.888001', name: 'Thủ tục thêm trên bảng điều khiển' } });
    expect(created.statusCode).toBe(201);
    expect(created.json().outcome).toBe('created');
    expect(await searchCodes('thủ tục thêm trên bảng điều khiển')).toContain('1.888001');

    const mismatch = await admin('PUT', '/procedures/1.888002', officer, { procedure: { ...procedure, code: '1.888001' } });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().error.message).toMatch(/khác mã trên đường dẫn/);
    const noChannel = await admin('PUT', '/procedures/1.888001', officer, { procedure: { ...procedure, code: '1.888001', content: { ...procedure.content, channels: [] } } });
    expect(noChannel.statusCode).toBe(400);
    expect(noChannel.json().error.code).toBe('VALIDATION_FAILED');
    expect((await admin('GET', '/procedures/9.999999', officer)).statusCode).toBe(404);
  });

  it('imports a CSV file with a bad row: 400 with the per-row report, nothing written', async () => {
    const csv = [CSV_HEADER, '2.777001;Thủ tục nhập thử một;Chứng thực;UBND cấp xã;Trực tiếp;Trong ngày;Không', ';Thiếu mã;Chứng thực;UBND cấp xã;Trực tiếp;;'].join('\n');
    const res = await importFile(officer, { name: 'ds.csv', content: csv });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.message).toMatch(/chưa nhập thủ tục nào/);
    expect(body.report.rejected).toEqual([expect.objectContaining({ row: 3, problems: expect.arrayContaining([expect.stringMatching(/mã thủ tục/)]) })]);
    expect(body.report.created).toEqual([]);
    expect((await pub('/procedures/2.777001')).statusCode).toBe(404);
    expect((await admin('GET', '/procedures?q=2.777001', officer)).json().total).toBe(0);
  });

  it('imports a good file with a decision', async () => {
    const csv = [CSV_HEADER, '2.777001;Thủ tục nhập thử một;Chứng thực;UBND cấp xã;Trực tiếp;Trong ngày;Không'].join('\n');
    const res = await importFile(officer, { name: 'ds.csv', content: csv }, { decision: 'Quyết định số 12/QĐ-UBND', decidedOn: '2026-11-01' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ created: ['2.777001'], updated: [], unchanged: [], rejected: [] });
    expect((await pub('/procedures/2.777001')).json().history[0]).toMatchObject({ action: 'published', decision: 'Quyết định số 12/QĐ-UBND' });
  });

  it('refuses an import without a file, or of an unknown type, in Vietnamese', async () => {
    const wrongType = await importFile(officer, { name: 'ds.txt', content: 'x' });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.message).toMatch(/chỉ nhận tệp .json, .csv hoặc .xlsx/);
    const noFile = await t.app.inject({ method: 'POST', url: '/api/v1/console/catalog/procedures/import', headers: { ...officer }, payload: { file: 'x' } });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().error.message).toMatch(/multipart/);
  });

  it('repeals a procedure: gone from the public search, kept with its history', async () => {
    expect(await searchCodes('thủ tục nhập thử một')).toContain('2.777001');
    const noDecision = await admin('POST', '/procedures/2.777001/status', officer, { status: 'repealed' });
    expect(noDecision.statusCode).toBe(400);
    const res = await admin('POST', '/procedures/2.777001/status', officer, { status: 'repealed', decision: 'Quyết định số 13/QĐ-UBND bãi bỏ' });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('repealed');
    expect(await searchCodes('thủ tục nhập thử một')).not.toContain('2.777001');
    expect((await pub('/procedures/2.777001')).json()).toMatchObject({ status: 'repealed' });
    const listed = (await admin('GET', '/procedures?status=repealed', officer)).json();
    expect(listed.items.map((p: { code: string }) => p.code)).toEqual(['2.777001']);
    expect((await admin('POST', '/procedures/9.999999/status', officer, { status: 'repealed', decision: 'Quyết định số 1' })).statusCode).toBe(404);
  });

  it('keeps a unit’s catalog from other units’ officers (404) but not from the city administrator', async () => {
    expect((await admin('GET', '/procedures?unit=nam-an-phu', otherOfficer)).statusCode).toBe(404);
    const put = await admin('PUT', '/procedures/1.001193?unit=nam-an-phu', otherOfficer, { procedure: (await admin('GET', '/procedures/1.001193', officer)).json().procedure });
    expect(put.statusCode).toBe(404);
    expect((await admin('POST', '/procedures/1.001193/status?unit=nam-an-phu', otherOfficer, { status: 'repealed', decision: 'Quyết định giả' })).statusCode).toBe(404);
    expect((await importFile(otherOfficer, { name: 'ds.csv', content: CSV_HEADER }, {}, '?unit=nam-an-phu')).statusCode).toBe(404);
    // Their own unit's copy is theirs, and separate.
    expect((await admin('GET', '/procedures/2.777001', otherOfficer)).statusCode).toBe(404);
    const asCity = await admin('GET', '/procedures/2.777001?unit=nam-an-phu', cityAdmin);
    expect(asCity.statusCode).toBe(200);
  });

  it('needs the CSRF token on writes', async () => {
    const res = await admin('POST', '/procedures/1.001193/status', { cookie: officer.cookie }, { status: 'repealed', decision: 'Quyết định số 99' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
  });
});

describe('hotlines', () => {
  it('replaces the list; the public hotlines change at once', async () => {
    const before = (await pub('/hotlines')).json().items;
    expect(before.length).toBeGreaterThan(0);
    const res = await admin('PUT', '/hotlines', officer, {
      items: [
        { name: 'Bộ phận Một cửa xã Nam An Phú', phone: '0220 3888 123', purpose: 'Hướng dẫn thủ tục', hours: 'Giờ hành chính' },
        { name: 'Công an xã', phone: '(0220) 3.888.113' },
      ],
    });
    expect(res.statusCode).toBe(200);
    const after = (await pub('/hotlines')).json().items;
    expect(after).toEqual([
      { name: 'Bộ phận Một cửa xã Nam An Phú', phone: '0220 3888 123', purpose: 'Hướng dẫn thủ tục', hours: 'Giờ hành chính', isDemo: false },
      { name: 'Công an xã', phone: '(0220) 3.888.113', purpose: '', hours: '', isDemo: false },
    ]);
    expect((await admin('GET', '/hotlines', officer)).json().items).toHaveLength(2);
  });

  it('refuses a phone with letters, in Vietnamese, and changes nothing', async () => {
    const res = await admin('PUT', '/hotlines', officer, { items: [{ name: 'Sai số', phone: 'gọi 113' }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/items\.0\.phone.*không đúng định dạng/);
    expect((await pub('/hotlines')).json().items).toHaveLength(2);
    expect((await admin('PUT', '/hotlines?unit=nam-an-phu', otherOfficer, { items: [] })).statusCode).toBe(404);
  });
});

describe('guides', () => {
  const guide = {
    title: 'Nộp hồ sơ khai sinh trực tuyến',
    summary: 'Các bước nộp hồ sơ trên Cổng Dịch vụ công.',
    steps: [{ title: 'Đăng nhập', body: 'Dùng tài khoản VNeID.' }, { title: 'Nộp hồ sơ', body: 'Chọn thủ tục và điền tờ khai.' }],
    links: [{ label: 'Cổng Dịch vụ công', url: 'https://dichvucong.gov.vn' }],
  };

  it('creates (201), edits and moves a guide; the public guides show it', async () => {
    const created = await admin('PUT', '/guides/khai-sinh-truc-tuyen', officer, guide);
    expect(created.statusCode).toBe(201);
    expect((await pub('/guides/khai-sinh-truc-tuyen')).json()).toMatchObject({ title: guide.title, steps: guide.steps });
    const moved = await admin('PUT', '/guides/khai-sinh-truc-tuyen', officer, { ...guide, title: 'Khai sinh trực tuyến', position: 0 });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ title: 'Khai sinh trực tuyến', position: 0 });
    expect((await pub('/guides')).json().items[0]).toMatchObject({ slug: 'khai-sinh-truc-tuyen', title: 'Khai sinh trực tuyến' });
    const list = (await admin('GET', '/guides', officer)).json().items as { position: number }[];
    expect(list.map((g) => g.position)).toEqual(list.map((_, i) => i));
  });

  it('deletes a guide; a second delete is 404', async () => {
    expect((await admin('DELETE', '/guides/khai-sinh-truc-tuyen', officer)).statusCode).toBe(204);
    expect((await pub('/guides/khai-sinh-truc-tuyen')).statusCode).toBe(404);
    expect((await admin('DELETE', '/guides/khai-sinh-truc-tuyen', officer)).statusCode).toBe(404);
    expect((await admin('GET', '/guides/khai-sinh-truc-tuyen', officer)).statusCode).toBe(404);
  });

  it('refuses a guide without steps, and another unit’s officer', async () => {
    const res = await admin('PUT', '/guides/rong', officer, { ...guide, steps: [] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/steps.*ít nhất 1 mục/);
    expect((await admin('PUT', '/guides/x?unit=nam-an-phu', otherOfficer, guide)).statusCode).toBe(404);
    const asCity = await admin('PUT', '/guides/tu-thanh-pho?unit=nam-an-phu', cityAdmin, guide);
    expect(asCity.statusCode).toBe(201);
    expect((await pub('/guides/tu-thanh-pho')).statusCode).toBe(200);
  });
});
