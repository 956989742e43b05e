import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { syncBuiltinCalendars } from './calendar-sync.ts';
import { unitSettings } from '../units/unit-settings.service.ts';
import { ensureDefaultTopics } from './topics.service.ts';

/** The official working-day calendars and each unit's default topics. Idempotent. */
export async function seedRulesDefaults(db: Kysely<DB>): Promise<void> {
  await syncBuiltinCalendars(db);
  for (const unitId of await unitSettings.unitIds(db)) await ensureDefaultTopics(db, unitId);
}
