import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Database } from '../../../server/src/db/database.ts';
import { ActivitiesService } from '../../../server/src/features/activities/activities.service.ts';
import { EvidenceStorage } from '../../../server/src/features/activities/evidence-storage.ts';
import type { PlanWindow } from '../../../server/src/features/activities/plan-window.ts';
import { InvalidInputError } from '../../../server/src/lib/domain-errors.ts';
import { openTestDatabase } from '../../helpers/database.ts';

/** An honest fake of the plans port: a unit with plans for 2026-H1 and 2026-H2 only. */
const twoHalves: PlanWindow = {
  async coveringPlan(_unitId, day) {
    if (day >= '2026-01-01' && day <= '2026-06-30') return { id: 1, from: '2026-01-01', to: '2026-06-30' };
    if (day >= '2026-07-01' && day <= '2026-12-31') return { id: 2, from: '2026-07-01', to: '2026-12-31' };
    return null;
  },
};
const none: PlanWindow = { coveringPlan: async () => null };

let database: Database;
let unitId: number;
beforeAll(async () => {
  database = await openTestDatabase(inject('template'));
  unitId = (await database.db.selectFrom('units').select('id').where('slug', '=', 'vinh-bao').executeTakeFirstOrThrow()).id;
});
afterAll(() => database?.close());

const input = (day: string) => ({ day, channel: 'truc_quan' as const, kind: 'bang_ron' as const, title: 'Băng rôn tuyên truyền CCHC' });
const service = (plans: PlanWindow) => new ActivitiesService(database.db, new EvidenceStorage('/nonexistent'), plans, () => '2026-12-02');

describe('an activity must fall in a plan of the unit', () => {
  it('is accepted inside a plan', async () => {
    const a = await service(twoHalves).create(unitId, null, input('2026-08-15'), '/x');
    expect(a.day).toBe('2026-08-15');
  });

  it('is refused outside every plan, naming the plan spans that exist', async () => {
    const error = await service(twoHalves).create(unitId, null, input('2025-11-20'), '/x').catch((e) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.message).toContain('20/11/2025');
    expect(error.message).toContain('01/01/2026–30/06/2026');
    expect(error.message).toContain('01/07/2026–31/12/2026');
  });

  it('says the unit has no plan when it has none, and a monthly batch is checked the same way', async () => {
    const error = await service(none).create(unitId, null, input('2026-03-01'), '/x').catch((e) => e);
    expect(error.message).toMatch(/chưa thuộc kế hoạch/);
    const batch = await service(none).putBatch(unitId, null, '2026-03', { office: 'Phòng Kinh tế', rows: [{ channel: 'fanpage', kind: 'tin_bai', count: 2 }] }, '/x').catch((e) => e);
    expect(batch).toBeInstanceOf(InvalidInputError);
  });

  it('refuses a day after today (in Viet Nam)', async () => {
    const error = await service(twoHalves).create(unitId, null, input('2026-12-03'), '/x').catch((e) => e);
    expect(error.message).toMatch(/tương lai/);
  });
});
