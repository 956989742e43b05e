import type { Kysely, Transaction } from 'kysely';
import type { SeverityT, TopicT } from '@cchc/shared/api/feedback';
import { DEFAULT_OFFICE_HOURS, parseOfficeHours } from '@cchc/shared/calendar/working-hours';
import type { WorkingCalendar } from '@cchc/shared/calendar/working-days';
import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import { answerDeadline, answerWorkingDays, dueOf, transferDays, type StatutoryDays } from './deadlines.ts';
import { defaultTopics } from './default-topics.ts';
import * as repo from './topics.repository.ts';
import { listDeadlineRules } from './deadlines.repository.ts';
import { unitSettings } from '../units/unit-settings.service.ts';

/** Gives a unit the default topics when it has none at all (a new unit, or the demo seed). */
export async function ensureDefaultTopics(db: Kysely<DB>, unitId: number): Promise<void> {
  if ((await repo.countTopics(db, unitId)) > 0) return;
  await repo.insertTopics(db, unitId, defaultTopics());
}

/** What a submission needs to know of a unit: its active topics and deadline rules. */
export interface SubmissionRules {
  activeTopicIds: Set<number>;
  rules: Awaited<ReturnType<typeof listDeadlineRules>>;
  statutory: StatutoryDays;
  loadedAt: number;
}

/** Submissions are the hot path: their view of topics and rules may be this old (settings change rarely). */
const SUBMISSION_RULES_MS = 5_000;

export class TopicsService {
  /** Units known to have topics: the check is made once per process. */
  private readonly ready = new Set<number>();
  private readonly submissionRules = new Map<number, SubmissionRules>();

  /** @param urgentWorkingHours working hours to answer a khẩn PAKN when the unit set no rule for it (config). */
  constructor(
    private readonly db: Kysely<DB>,
    private readonly units: UnitDirectory,
    private readonly urgentWorkingHours = 8,
  ) {}

  async list(unitSlug: string): Promise<TopicT[]> {
    const unit = await this.units.get(unitSlug);
    await this.ensure(unit.id);
    return (await repo.listTopics(this.db, unit.id, true)).map((t) => ({ id: t.id, name: t.name }));
  }

  /** A unit's active topics with their Open311 codes, in order. */
  async active(unitId: number) {
    await this.ensure(unitId);
    return repo.listTopics(this.db, unitId, true);
  }

  async ensure(unitId: number): Promise<void> {
    if (this.ready.has(unitId)) return;
    await ensureDefaultTopics(this.db, unitId);
    this.ready.add(unitId);
  }

  /** Active topics and deadline rules of a unit for receiving a PAKN, read at most every 5 s. */
  async rulesForSubmission(unitId: number): Promise<SubmissionRules> {
    const cached = this.submissionRules.get(unitId);
    if (cached && Date.now() - cached.loadedAt < SUBMISSION_RULES_MS) return cached;
    await this.ensure(unitId);
    const [topics, rules, statutory] = await Promise.all([
      repo.listTopics(this.db, unitId, true),
      listDeadlineRules(this.db, unitId),
      unitSettings.statutoryDays(this.db, unitId),
    ]);
    const fresh = { activeTopicIds: new Set(topics.map((t) => t.id)), rules, statutory, loadedAt: Date.now() };
    this.submissionRules.set(unitId, fresh);
    return fresh;
  }

  /** Topics by id with their code (the key units' topics of one kind share), for the PAKN figures. */
  async names(ids: number[]): Promise<Map<number, { key: string; name: string }>> {
    const rows = await repo.topicNames(this.db, [...new Set(ids)]);
    return new Map(rows.map((r) => [r.id, { key: r.code, name: r.name }]));
  }

  /** The unit's active topic with this id, if any. Pass the transaction when inside one. */
  activeTopic(db: Executor, unitId: number, topicId: number) {
    return repo.findActiveTopic(db, unitId, topicId);
  }

  /** The unit's active topic with this Open311 code, if any (re-filing a transferred PAKN). */
  topicByCode(db: Executor, unitId: number, code: string) {
    return repo.findTopicByCode(db, unitId, code);
  }

  /** The Open311 code of a topic. */
  codeOf(db: Executor, topicId: number): Promise<string> {
    return repo.topicCodeOf(db, topicId);
  }

  /** Forgets the cached rules after a change of topics or deadlines. */
  invalidate(): void {
    this.submissionRules.clear();
  }

  /** Working days to answer, after the unit's own rules. Pass the transaction when inside one (PGlite has one connection). */
  async answerDays(db: Kysely<DB> | Transaction<DB>, unitId: number, topicId: number, severity: SeverityT): Promise<number> {
    return answerWorkingDays(await listDeadlineRules(db, unitId), topicId, severity);
  }

  /** Working days to transfer a PAKN outside competence: the unit's stricter rule, or NĐ 20/2008's 05. */
  async transferDays(db: Kysely<DB> | Transaction<DB>, unitId: number): Promise<number> {
    return transferDays(await unitSettings.statutoryDays(db, unitId));
  }

  /**
   * When a PAKN counted from `from` is due: the day, and for khẩn (working hours) the instant,
   * over the unit's published weekday office hours (or 7:30–11:30, 13:30–17:00).
   */
  async answerDue(
    db: Kysely<DB> | Transaction<DB>,
    calendar: WorkingCalendar,
    from: Date,
    unitId: number,
    topicId: number,
    severity: SeverityT,
  ): Promise<{ due_date: string; due_at: Date | null }> {
    const deadline = answerDeadline(await listDeadlineRules(db, unitId), topicId, severity, this.urgentWorkingHours);
    const unit = deadline.workingHours === null ? undefined : await this.units.byId(unitId);
    const officeHours = (unit && parseOfficeHours(unit.detail.officeHours)) ?? DEFAULT_OFFICE_HOURS;
    return dueOf(calendar, from, deadline, officeHours);
  }
}
