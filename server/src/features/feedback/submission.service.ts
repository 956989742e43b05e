import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SubmitFeedbackBodyT, SubmitFeedbackResultT } from '@cchc/shared/api/feedback';
import { cleanText } from '@cchc/shared/text/normalize';
import { normalizeVietnamPhone } from '@cchc/shared/text/phone';
import type { DB, FeedbackChannel } from '../../db/schema.ts';
import { ConflictError, InvalidInputError } from '../../lib/domain-errors.ts';
import { uniqueViolation } from '../../lib/database-errors.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import type { CalendarStore } from '../rules/calendar-store.ts';
import { INITIAL_SEVERITY, answerWorkingDays, transferDays } from '../rules/deadlines.ts';
import * as repo from './feedback.repository.ts';
import type { TopicsService } from '../rules/topics.service.ts';
import { accessKeyFor, hashAccessKey, newFeedbackCode } from './tracking-code.ts';
import { attachUploads, countFreeUploads, insertPhotos } from './uploads.repository.ts';

const CODE_ATTEMPTS = 5;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,100}$/;

export interface Submission {
  unitSlug: string;
  body: SubmitFeedbackBodyT;
  idempotencyKey: string | undefined;
  citizenKey: string;
  /** Where it came from; the Mini App unless said. */
  channel?: FeedbackChannel;
}

const invalid = (message: string) => new InvalidInputError('VALIDATION_FAILED', message);

/**
 * Receiving a PAKN: checks, then one transaction that stores it, claims its
 * photos and records the first event. A retried request (same Idempotency-Key and
 * body) gets the first answer again and still makes one record, even when the two
 * arrive at once: the unique key decides, and the loser reads the winner's row.
 */
export class SubmissionService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly units: UnitDirectory,
    private readonly topics: TopicsService,
    private readonly calendar: CalendarStore,
    private readonly secret: () => Promise<Buffer>,
  ) {}

  async submit({ unitSlug, body, idempotencyKey, citizenKey, channel = 'miniapp' }: Submission): Promise<SubmitFeedbackResultT> {
    if (!idempotencyKey || !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw invalid('Thiếu hoặc sai tiêu đề Idempotency-Key (8–100 ký tự, không dấu cách). Vui lòng cập nhật ứng dụng và gửi lại.');
    }
    const unit = await this.units.get(unitSlug);
    const requestHash = hashRequest(citizenKey, body);
    const photoIds = body.photoIds ?? [];
    // A retry with photos must be recognised before its (already attached) photos are checked;
    // without photos the unique key alone tells a retry, at no extra query.
    if (photoIds.length > 0) {
      const earlier = await repo.findByIdempotencyKey(this.db, unit.id, idempotencyKey);
      if (earlier) return this.replay(earlier, requestHash);
    }

    const content = cleanText(body.content);
    if (content.length < 20) throw invalid('Nội dung phản ánh cần ít nhất 20 ký tự. Vui lòng mô tả rõ hơn sự việc.');
    const contact = {
      name: cleanText(body.contact.name),
      phone: cleanText(body.contact.phone),
      address: cleanText(body.contact.address),
    };
    if (contact.name.length < 2) throw invalid('Vui lòng ghi rõ họ và tên.');
    if (contact.address.length < 5) throw invalid('Vui lòng ghi rõ địa chỉ liên hệ.');
    if (!normalizeVietnamPhone(contact.phone)) throw invalid('Số điện thoại chưa đúng. Vui lòng nhập số di động 10 chữ số hoặc số cố định có mã vùng.');

    const { activeTopicIds, rules, statutory } = await this.topics.rulesForSubmission(unit.id);
    if (!activeTopicIds.has(body.topicId)) throw topicNotFound();
    if ((await countFreeUploads(this.db, photoIds, citizenKey)) !== photoIds.length) throw uploadNotFound();

    const now = new Date();
    const calendar = await this.calendar.get();
    const answerDays = answerWorkingDays(rules, body.topicId, INITIAL_SEVERITY);
    const dueDate = calendar.dueDate(now, answerDays);
    const transferDueDate = calendar.dueDate(now, transferDays(statutory));
    const secret = await this.secret();
    const location = body.location
      ? { lat: body.location.lat ?? null, lng: body.location.lng ?? null, address: body.location.address ? cleanText(body.location.address) : null }
      : null;

    for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
      const code = newFeedbackCode(body.kind, now);
      const record: repo.NewFeedback = {
        unitId: unit.id,
        code,
        accessKeyHash: hashAccessKey(accessKeyFor(secret, code)),
        kind: body.kind,
        topicId: body.topicId,
        content,
        location,
        contactName: contact.name,
        contactPhone: contact.phone,
        contactAddress: contact.address,
        hideIdentity: body.hideIdentity ?? false,
        citizenKey,
        channel,
        severity: INITIAL_SEVERITY,
        transferDueDate,
        dueDate,
        idempotencyKey,
        requestHash,
      };
      try {
        if (photoIds.length === 0) {
          await repo.insertFeedbackWithEvent(this.db, record, SUBMITTED);
        } else {
          await this.db.transaction().execute(async (tx) => {
            const id = await repo.insertFeedback(tx, record);
            const claimed = await attachUploads(tx, photoIds, citizenKey, id);
            if (claimed.length !== photoIds.length) throw uploadNotFound();
            await insertPhotos(tx, unit.id, id, photoIds);
            await repo.insertEvent(tx, { ...SUBMITTED, unitId: unit.id, feedbackId: id });
          });
        }
        return { code, accessKey: accessKeyFor(secret, code), status: 'moi', dueDate, dueDateProvisional: calendar.isProvisionalBetween(now, dueDate) };
      } catch (error) {
        const constraint = uniqueViolation(error);
        if (constraint === 'feedback_idempotency_key') {
          const winner = await repo.findByIdempotencyKey(this.db, unit.id, idempotencyKey);
          if (winner) return this.replay(winner, requestHash);
        }
        if (constraint === 'feedback_code_key') continue;
        throw error;
      }
    }
    throw new Error('no free feedback code after several attempts');
  }

  private async replay(
    earlier: { code: string; request_hash: string | null; status: SubmitFeedbackResultT['status']; received_at: Date; due_date: string },
    requestHash: string,
  ): Promise<SubmitFeedbackResultT> {
    if (earlier.request_hash !== requestHash) {
      throw new ConflictError(
        'IDEMPOTENCY_CONFLICT',
        'Mã gửi (Idempotency-Key) này đã được dùng cho một phản ánh có nội dung khác. Vui lòng tải lại ứng dụng để gửi phản ánh mới.',
      );
    }
    return {
      code: earlier.code,
      accessKey: accessKeyFor(await this.secret(), earlier.code),
      status: earlier.status,
      dueDate: earlier.due_date,
      dueDateProvisional: (await this.calendar.get()).isProvisionalBetween(earlier.received_at, earlier.due_date),
    };
  }
}

export const uploadNotFound = () =>
  new InvalidInputError('UPLOAD_NOT_FOUND', 'Không tìm thấy ảnh đính kèm (ảnh đã được dùng hoặc chưa tải lên xong). Vui lòng chọn lại ảnh.');

const topicNotFound = () =>
  new InvalidInputError('TOPIC_NOT_FOUND', 'Lĩnh vực phản ánh đã chọn không có ở xã, phường này. Vui lòng chọn lại lĩnh vực.');

const SUBMITTED = { actorKind: 'citizen', action: 'submitted', toStatus: 'moi', internal: false } as const;

/** The same citizen sending the same thing: key order and defaults do not matter. */
function hashRequest(citizenKey: string, body: SubmitFeedbackBodyT): string {
  const canonical = {
    citizenKey,
    kind: body.kind,
    topicId: body.topicId,
    content: body.content,
    photoIds: body.photoIds ?? [],
    location: body.location ? { lat: body.location.lat ?? null, lng: body.location.lng ?? null, address: body.location.address ?? null } : null,
    contact: { name: body.contact.name, phone: body.contact.phone, address: body.contact.address },
    hideIdentity: body.hideIdentity ?? false,
  };
  return crypto.createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
