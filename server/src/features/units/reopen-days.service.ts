import type { Kysely } from 'kysely';
import type { ReopenDaysT } from '@cchc/shared/api/settings';
import type { DB } from '../../db/schema.ts';
import { unitNotFound } from '../../lib/domain-errors.ts';
import type { ConsoleUnit } from './console-unit.ts';
import { findReopenDays, setReopenDays } from './unit-settings.repository.ts';

/** How many days after an answer a citizen may reopen their PAKN (units.reopen_days). */
export class ReopenDaysService {
  constructor(private readonly db: Kysely<DB>) {}

  async get(unit: ConsoleUnit): Promise<ReopenDaysT> {
    const days = await findReopenDays(this.db, unit.id);
    if (days === undefined) throw unitNotFound();
    return { unit: { slug: unit.slug, name: unit.name }, days };
  }

  async set(unit: ConsoleUnit, days: number): Promise<ReopenDaysT> {
    await setReopenDays(this.db, unit.id, days);
    return this.get(unit);
  }
}
