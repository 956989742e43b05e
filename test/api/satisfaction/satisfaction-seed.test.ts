import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoSatisfaction } from '../../../server/src/features/satisfaction/satisfaction-seed.ts';
import { buildTestApp, type TestApp } from '../../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t?.close());

const unitId = async (slug: string) => (await t.database.db.selectFrom('units').select(['id', 'publish_satisfaction']).where('slug', '=', slug).executeTakeFirstOrThrow());
const responses = async (id: number) => Number((await t.database.db.selectFrom('survey_responses').select((eb) => eb.fn.countAll<string>().as('n')).where('unit_id', '=', id).executeTakeFirstOrThrow()).n);

describe('the demo survey', () => {
  it('gives Bình Giang a few hundred responses, published; the others none and unpublished; once only', async () => {
    const binhGiang = await unitId('binh-giang');
    const city = await unitId('hai-phong');
    expect(binhGiang.publish_satisfaction).toBe(true);
    expect(await responses(binhGiang.id)).toBe(320);
    for (const slug of ['nam-an-phu', 'kinh-mon', 'tu-minh']) {
      const u = await unitId(slug);
      expect(u.publish_satisfaction).toBe(false);
    }
    expect(await seedDemoSatisfaction(t.database.db, { id: city.id }, { id: binhGiang.id }, ['1.001193'])).toBe(0);
    expect(await responses(binhGiang.id)).toBe(320);
  });
});
