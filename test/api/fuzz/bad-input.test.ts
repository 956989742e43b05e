/** The causes the fuzz test found, one by one: each answered 500 before. */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';
import { loginAs, type OfficerHeaders } from '../../helpers/officers.ts';
import { submit, topicIds, validBody } from '../feedback/feedback-fixtures.ts';

let t: TestApp;
let leader: OfficerHeaders;
let admin: OfficerHeaders;
beforeAll(async () => {
  t = await buildTestApp({ secretKey: 'bad-input-secret-key-of-at-least-32-chars' });
  leader = await loginAs(t.app, 'lanhdao.binh-giang');
  admin = await loginAs(t.app, 'admin.hai-phong');
});
afterAll(() => t?.close());

const expectVietnamese400 = (res: { statusCode: number; json(): any }) => {
  expect(res.statusCode).toBe(400);
  expect(res.json().error).toEqual({ code: 'VALIDATION_FAILED', message: expect.stringMatching(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/) });
};

describe('urn:uuid: ids, which Ajv calls a uuid and PostgreSQL does not', () => {
  it('refuses one in a photo link with a 400', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/public/photos/urn:uuid:${crypto.randomUUID()}` });
    expectVietnamese400(res);
  });

  it('refuses one among the photos of a PAKN', async () => {
    const [topic] = await topicIds(t.app);
    const res = await submit(t.app, validBody(topic!, { photoIds: [`urn:uuid:${crypto.randomUUID()}`] }));
    expectVietnamese400(res);
  });
});

describe('NUL bytes, which PostgreSQL text cannot hold', () => {
  it.each([
    ['a procedure code', '/api/v1/units/nam-an-phu/procedures/1.00%00'],
    ['an Open311 request id', '/open311/v2/requests/a%00b.json'],
  ])('refuses one in %s', async (_name, url) => {
    const res = await t.app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/ký tự rỗng \(NUL\)/);
  });

  it('refuses one in a console path', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/console/feedback/PA%00', headers: { ...leader } });
    expectVietnamese400(res);
    expect(res.json().error.message).toMatch(/^Đường dẫn/);
  });

  it('refuses one in a JSON body, nested or in a key, and stores nothing', async () => {
    const [topic] = await topicIds(t.app);
    for (const body of [
      validBody(topic!, { content: 'Đèn đường hỏng\u0000 đã hai tuần, buổi tối rất tối và nguy hiểm.' }),
      validBody(topic!, { contact: { name: 'Nguyễn\u0000', phone: '0912 345 678' } }),
      { ...validBody(topic!), 'x\u0000': 1 },
    ]) {
      const res = await submit(t.app, body);
      expectVietnamese400(res);
      expect(res.json().error.message).toMatch(/^Dữ liệu gửi lên/);
    }
  });

  it('refuses one in a query parameter', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/units/binh-giang/procedures?q=khai%00sinh' });
    expectVietnamese400(res);
    expect(res.json().error.message).toMatch(/^Tham số/);
  });
});

describe('integers past what the columns hold', () => {
  it('refuses a topicId beyond int4 in a PAKN', async () => {
    const [topic] = await topicIds(t.app);
    const res = await submit(t.app, validBody(topic!, { topicId: 2_147_483_648 }));
    expectVietnamese400(res);
  });

  it('refuses a topicId beyond int4 in the console queue filter', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/console/feedback?topicId=2147483648', headers: { ...leader } });
    expectVietnamese400(res);
  });

  it.each(['Infinity', '-Infinity'])('refuses the year %s (Ajv coerces it to a number and lets it pass)', async (year) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/console/settings/calendar/${year}`, headers: { ...admin } });
    expectVietnamese400(res);
  });

  it('refuses limit=Infinity', async () => {
    expectVietnamese400(await t.app.inject({ method: 'GET', url: '/api/v1/units/binh-giang/procedures?limit=Infinity' }));
  });
});

describe('words that are properties of every JavaScript object', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'constructor __proto__ toString'])('searches for "%s" like any word', async (q) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/units/binh-giang/procedures?q=${encodeURIComponent(q)}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toHaveProperty('total');
  });
});

describe('a truncated multipart body on import', () => {
  const boundary = '----cut';
  const full = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\n` +
      `Mã thủ tục,Tên thủ tục,Lĩnh vực\r\n1.001193,Đăng ký khai sinh,Hộ tịch\r\n\r\n--${boundary}--\r\n`,
  );
  it.each([10, 60, 120, full.length - 8])('answers a body cut at byte %i with a Vietnamese 400', async (cut) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/console/catalog/procedures/import',
      headers: { ...leader, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: full.subarray(0, cut),
    });
    expectVietnamese400(res);
  });
});

describe('a malformed multipart body on Open311', () => {
  const boundary = '----cut';
  const full = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="service_code"\r\n\r\n1\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="description"\r\n\r\nĐèn đường hỏng đã ba hôm nay.\r\n--${boundary}--\r\n`,
  );
  it.each([
    ['without its boundary', 'multipart/form-data', full],
    ['cut short', `multipart/form-data; boundary=${boundary}`, full.subarray(0, 60)],
  ])('answers one %s with a 400 in Open311’s format', async (_what, contentType, payload) => {
    for (const format of ['json', 'xml']) {
      const res = await t.app.inject({ method: 'POST', url: `/open311/v2/requests.${format}`, headers: { 'content-type': contentType }, payload });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.body).toMatch(/description/);
    }
  });
});
