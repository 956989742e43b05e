import type { Kysely } from 'kysely';
import type { DeadlineRuleT, DeadlineSettingsT } from '@cchc/shared/api/settings';
import { SEVERITY_LABELS } from '@cchc/shared/api/labels';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../lib/app-error.ts';
import { listDeadlineRules } from '../feedback/topics.repository.ts';
import type { ConsoleUnit } from './console-unit.ts';
import { deadlineDefaults } from './deadline-defaults.ts';
import { replaceDeadlineRules } from './deadlines.repository.ts';
import { listTopics } from './topics.repository.ts';

const SEVERITY_ORDER = ['khan', 'binh_thuong', 'phuc_tap'];

/** A unit's answer deadlines: the legal defaults, and the unit's own rules per severity and topic. */
export class DeadlineSettingsService {
  constructor(private readonly db: Kysely<DB>) {}

  async get(unit: ConsoleUnit): Promise<DeadlineSettingsT> {
    const [rules, topics] = await Promise.all([listDeadlineRules(this.db, unit.id), listTopics(this.db, unit.id)]);
    const topicNames = new Map(topics.map((t) => [t.id, t.name]));
    const topicOrder = new Map(topics.map((t, i) => [t.id, i]));
    const sorted = [...rules].sort(
      (a, b) =>
        (a.topicId === null ? -1 : topicOrder.get(a.topicId) ?? 0) - (b.topicId === null ? -1 : topicOrder.get(b.topicId) ?? 0) ||
        SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity),
    );
    return {
      unit: { slug: unit.slug, name: unit.name },
      defaults: deadlineDefaults(),
      rules: sorted.map((r) => ({ ...r, topicName: r.topicId === null ? null : topicNames.get(r.topicId) ?? null })),
    };
  }

  /** Replaces the unit's rules. Deadlines already given to citizens stay as they were. */
  async replace(unit: ConsoleUnit, rules: DeadlineRuleT[]): Promise<DeadlineSettingsT> {
    await this.db.transaction().execute(async (tx) => {
      const topics = new Map((await listTopics(tx, unit.id)).map((t) => [t.id, t.name]));
      const seen = new Set<string>();
      for (const [i, rule] of rules.entries()) {
        if (rule.topicId !== null && !topics.has(rule.topicId)) {
          throw invalid(`Quy tắc thứ ${i + 1}: chủ đề số ${rule.topicId} không thuộc danh sách chủ đề của đơn vị.`);
        }
        const key = `${rule.topicId}:${rule.severity}`;
        if (seen.has(key)) {
          const topic = rule.topicId === null ? 'mọi chủ đề' : `chủ đề "${topics.get(rule.topicId)}"`;
          throw invalid(`Quy tắc thứ ${i + 1} trùng: đã có thời hạn cho ${topic}, mức ${SEVERITY_LABELS[rule.severity].toLowerCase()}.`);
        }
        seen.add(key);
      }
      await replaceDeadlineRules(tx, unit.id, rules);
    });
    return this.get(unit);
  }
}

const invalid = (message: string) => new AppError(400, 'VALIDATION_FAILED', message);
