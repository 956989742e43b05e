import type { Kysely } from 'kysely';
import type { DeadlineSettingsT, PutDeadlinesBodyT } from '@cchc/shared/api/settings';
import { SEVERITY_LABELS } from '@cchc/shared/api/labels';
import type { DB } from '../../db/schema.ts';
import { InvalidInputError } from '../../lib/domain-errors.ts';
import type { ConsoleUnit } from '../units/console-unit.ts';
import { unitSettings } from '../units/unit-settings.service.ts';
import { deadlineDefaults } from './deadline-defaults.ts';
import { NOTICE_WORKING_DAYS, TRANSFER_WORKING_DAYS } from './deadlines.ts';
import { listDeadlineRules, replaceDeadlineRules } from './deadlines.repository.ts';
import { listTopicSettings } from './topics.repository.ts';
import type { TopicsService } from './topics.service.ts';

const SEVERITY_ORDER = ['khan', 'binh_thuong', 'phuc_tap'];

/** A unit's answer deadlines: the legal defaults, and the unit's own rules per severity and topic. */
export class DeadlineSettingsService {
  /** @param urgentWorkingHours the khẩn default in working hours (config URGENT_WORKING_HOURS). */
  /** @param rules the submission rules, whose cached copy this service clears after a change. */
  constructor(
    private readonly db: Kysely<DB>,
    private readonly rules: TopicsService,
    private readonly urgentWorkingHours = 8,
  ) {}

  async get(unit: ConsoleUnit): Promise<DeadlineSettingsT> {
    const [rules, topics, statutory] = await Promise.all([listDeadlineRules(this.db, unit.id), listTopicSettings(this.db, unit.id), unitSettings.statutoryDays(this.db, unit.id)]);
    const topicNames = new Map(topics.map((t) => [t.id, t.name]));
    const topicOrder = new Map(topics.map((t, i) => [t.id, i]));
    const sorted = [...rules].sort(
      (a, b) =>
        (a.topicId === null ? -1 : topicOrder.get(a.topicId) ?? 0) - (b.topicId === null ? -1 : topicOrder.get(b.topicId) ?? 0) ||
        SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity),
    );
    return {
      unit: { slug: unit.slug, name: unit.name },
      defaults: deadlineDefaults(this.urgentWorkingHours),
      rules: sorted.map((r) => ({ ...r, topicName: r.topicId === null ? null : topicNames.get(r.topicId) ?? null })),
      statutory,
    };
  }

  /** Replaces the unit's rules. Deadlines already given to citizens stay as they were. */
  async replace(unit: ConsoleUnit, { rules, transferWorkingDays, noticeWorkingDays }: PutDeadlinesBodyT): Promise<DeadlineSettingsT> {
    // Where the law fixes a deadline a unit may be stricter, never slower.
    if (transferWorkingDays != null && transferWorkingDays > TRANSFER_WORKING_DAYS) {
      throw invalid(`Hạn chuyển phản ánh, kiến nghị ngoài thẩm quyền không được dài hơn 05 ngày làm việc (Nghị định 20/2008/NĐ-CP, Điều 9 khoản 1 điểm d); đơn vị chỉ được đặt từ 1 đến ${TRANSFER_WORKING_DAYS} ngày.`);
    }
    if (noticeWorkingDays != null && noticeWorkingDays > NOTICE_WORKING_DAYS) {
      throw invalid(`Hạn thông báo thụ lý không được dài hơn 10 ngày làm việc (Luật Tiếp công dân 2013, Điều 28); đơn vị chỉ được đặt từ 1 đến ${NOTICE_WORKING_DAYS} ngày.`);
    }
    await this.db.transaction().execute(async (tx) => {
      const topics = new Map((await listTopicSettings(tx, unit.id)).map((t) => [t.id, t.name]));
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
      await unitSettings.setStatutoryDays(tx, unit.id, { transferWorkingDays, noticeWorkingDays });
    });
    this.rules.invalidate();
    return this.get(unit);
  }
}

const invalid = (message: string) => new InvalidInputError('VALIDATION_FAILED', message);
