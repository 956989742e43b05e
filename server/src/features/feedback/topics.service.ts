import type { Kysely, Transaction } from 'kysely';
import type { SeverityT, TopicT } from '@cchc/shared/api/feedback';
import type { DB } from '../../db/schema.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import { answerWorkingDays } from './deadlines.ts';
import { defaultTopics } from './default-topics.ts';
import * as repo from './topics.repository.ts';

/** Gives a unit the default topics when it has none at all (a new unit, or the demo seed). */
export async function ensureDefaultTopics(db: Kysely<DB>, unitId: number): Promise<void> {
  if ((await repo.countTopics(db, unitId)) > 0) return;
  await repo.insertTopics(db, unitId, defaultTopics());
}

export class TopicsService {
  /** Units known to have topics: the check is made once per process. */
  private readonly ready = new Set<number>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly units: UnitDirectory,
  ) {}

  async list(unitSlug: string): Promise<TopicT[]> {
    const unit = await this.units.get(unitSlug);
    await this.ensure(unit.id);
    return (await repo.listTopics(this.db, unit.id, true)).map((t) => ({ id: t.id, name: t.name }));
  }

  async ensure(unitId: number): Promise<void> {
    if (this.ready.has(unitId)) return;
    await ensureDefaultTopics(this.db, unitId);
    this.ready.add(unitId);
  }

  /** Working days to answer, after the unit's own rules. Pass the transaction when inside one (PGlite has one connection). */
  async answerDays(db: Kysely<DB> | Transaction<DB>, unitId: number, topicId: number, severity: SeverityT): Promise<number> {
    return answerWorkingDays(await repo.listDeadlineRules(db, unitId), topicId, severity);
  }
}
