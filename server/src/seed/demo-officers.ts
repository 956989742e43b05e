import type { Kysely } from 'kysely';
import type { DB, OfficerRole } from '../db/schema.ts';
import { hashPassword } from '../features/officers/password.ts';
import { officerExists, upsertOfficer } from '../features/officers/officers.repository.ts';

interface DemoUnit {
  id: number;
  slug: string;
  name: string;
}

/**
 * Per demo unit an officer canbo.<slug> and a leader lanhdao.<slug>; for the city,
 * admin.<slug>. Existing accounts are left as they are.
 */
export async function seedDemoOfficers(db: Kysely<DB>, city: DemoUnit, units: DemoUnit[], password: string): Promise<number> {
  const accounts: { unitId: number; username: string; displayName: string; role: OfficerRole }[] = [
    { unitId: city.id, username: `admin.${city.slug}`, displayName: `Quản trị ${city.name}`, role: 'city_admin' },
    ...units.flatMap((u) => [
      { unitId: u.id, username: `canbo.${u.slug}`, displayName: `Cán bộ Một cửa ${u.name}`, role: 'officer' as const },
      { unitId: u.id, username: `lanhdao.${u.slug}`, displayName: `Lãnh đạo UBND ${u.name}`, role: 'leader' as const },
    ]),
  ];
  let created = 0;
  for (const account of accounts) {
    if (await officerExists(db, account.username)) continue;
    await upsertOfficer(db, { ...account, passwordHash: await hashPassword(password) });
    created++;
  }
  return created;
}
