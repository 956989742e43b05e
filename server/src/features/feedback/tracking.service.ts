import type { Kysely } from 'kysely';
import type { CitizenFeedbackT, MyFeedbackItemT, PublishedFeedbackT, RatingT } from '@cchc/shared/api/feedback';
import type { DB } from '../../db/schema.ts';
import { ConflictError, NotFoundError } from '../../lib/domain-errors.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import type { CalendarStore } from '../rules/calendar-store.ts';
import { reopenUntil, toCitizenFeedback, toMyItem, toPublished } from './citizen-views.ts';
import { INITIAL_SEVERITY } from '../rules/deadlines.ts';
import * as repo from './feedback.repository.ts';
import type { TopicsService } from '../rules/topics.service.ts';
import { normalizeFeedbackCode } from '@cchc/shared/text/feedback-code';
import { accessKeyFor, accessKeyMatches, hashAccessKey } from './tracking-code.ts';
import { dueChangeData } from './due-change.ts';
import { decide, type Condition } from './workflow.ts';

const MY_LIST_LIMIT = 100;

/** One answer for a wrong key, a wrong code and an unknown one: never reveals that a code exists. */
export const feedbackNotFound = () =>
  new NotFoundError('FEEDBACK_NOT_FOUND', 'Không tìm thấy phản ánh với mã và mã truy cập này. Vui lòng kiểm tra lại hai mã trong tin nhắn xác nhận.');

/** What a citizen does with their own PAKN after sending it, and the public list of published answers. */
export class TrackingService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly units: UnitDirectory,
    private readonly topics: TopicsService,
    private readonly calendar: CalendarStore,
    private readonly secret: () => Promise<Buffer>,
  ) {}

  async get(code: string, accessKey: string | undefined): Promise<CitizenFeedbackT> {
    const row = await this.authorize(code, accessKey);
    const [events, photos] = await Promise.all([repo.listEvents(this.db, row.id, false), repo.listPhotos(this.db, row.id)]);
    return toCitizenFeedback(row, events, photos, await this.secret(), await this.calendar.get());
  }

  async mine(citizenKeys: string[]): Promise<{ items: MyFeedbackItemT[] }> {
    const secret = await this.secret();
    const rows = await repo.listByCitizen(this.db, citizenKeys, MY_LIST_LIMIT);
    const calendar = await this.calendar.get();
    return {
      items: rows.map((row) => {
        const key = accessKeyFor(secret, row.code);
        // A key made under an earlier secret cannot be recomputed: the app then asks the citizen for it.
        return toMyItem(row, hashAccessKey(key) === row.access_key_hash ? key : null, calendar);
      }),
    };
  }

  async rate(code: string, accessKey: string | undefined, value: RatingT, comment: string | undefined): Promise<CitizenFeedbackT> {
    const found = await this.authorize(code, accessKey);
    await this.db.transaction().execute(async (tx) => {
      const row = await repo.lockForCitizen(tx, found.id);
      const facts = new Set<Condition>(row.rating === null ? ['unrated'] : []);
      const decision = decide(value === 'hai_long' ? 'rate_satisfied' : 'rate_unsatisfied', 'citizen', { status: row.status, facts });
      if (!decision.ok) throw cannot('Phản ánh này chưa có câu trả lời hoặc đã được đánh giá.');
      const now = new Date();
      await repo.updateFeedback(tx, row.id, {
        rating: value,
        rating_comment: comment?.trim() || null,
        rated_at: now,
        status: decision.to,
        ...(decision.to === 'dong' && decision.from !== 'dong' ? { closed_at: now } : {}),
      });
      // Kept for good: a later re-approval clears feedback.rating, never this row (issue 10).
      await repo.insertRating(tx, { feedbackId: row.id, unitId: row.unit_id, value, comment: comment?.trim() || null, ratedAt: now });
      await repo.insertEvent(tx, {
        unitId: row.unit_id,
        feedbackId: row.id,
        actorKind: 'citizen',
        action: 'rated',
        fromStatus: decision.from,
        toStatus: decision.to,
        internal: false,
        note: comment?.trim() || null,
        data: { value },
      });
    });
    return this.get(found.code, accessKey);
  }

  async reopen(code: string, accessKey: string | undefined, reason: string): Promise<CitizenFeedbackT> {
    const found = await this.authorize(code, accessKey);
    const calendar = await this.calendar.get();
    await this.db.transaction().execute(async (tx) => {
      const row = await repo.lockForCitizen(tx, found.id);
      const open = reopenUntil(row.status, row.answered_at, found.reopen_days) !== null;
      const decision = decide('reopen', 'citizen', { status: row.status, facts: new Set<Condition>(open ? ['within_reopen_window'] : []) });
      if (!decision.ok) {
        throw cannot(decision.missing === 'within_reopen_window'
          ? `Đã quá ${found.reopen_days} ngày kể từ khi có câu trả lời nên không thể mở lại. Bạn có thể gửi một phản ánh mới.`
          : 'Chỉ mở lại được phản ánh đã có câu trả lời.');
      }
      const now = new Date();
      const due = await this.topics.answerDue(tx, calendar, now, row.unit_id, row.topic_id, row.severity ?? INITIAL_SEVERITY);
      await repo.updateFeedback(tx, row.id, { status: 'mo_lai', ...due, closed_at: null });
      await repo.insertEvent(tx, {
        unitId: row.unit_id,
        feedbackId: row.id,
        actorKind: 'citizen',
        action: 'reopened',
        fromStatus: decision.from,
        toStatus: 'mo_lai',
        internal: false,
        note: reason.trim(),
        data: dueChangeData(row, due),
      });
    });
    return this.get(found.code, accessKey);
  }

  async published(unitSlug: string, limit: number, offset: number): Promise<{ items: PublishedFeedbackT[]; total: number }> {
    const unit = await this.units.get(unitSlug);
    const [rows, total] = await Promise.all([repo.listPublished(this.db, unit.id, limit, offset), repo.countPublished(this.db, unit.id)]);
    const photos = await repo.listPublicPhotos(this.db, rows.map((r) => r.id));
    return {
      items: rows.map((row) => toPublished(row, photos.filter((p) => p.feedback_id === row.id).map((p) => p.id))),
      total,
    };
  }

  private async authorize(typed: string, accessKey: string | undefined) {
    // Read as people say it: "pa 2612 6k7zm", "PA26126K7ZM", "PA – 2612 – 6K7ZM" are the same code.
    const code = normalizeFeedbackCode(typed);
    const row = code ? await repo.findByCode(this.db, code) : undefined;
    if (!accessKeyMatches(accessKey, row?.access_key_hash ?? null) || !row) throw feedbackNotFound();
    return row;
  }
}

const cannot = (message: string) => new ConflictError('INVALID_TRANSITION', message);
