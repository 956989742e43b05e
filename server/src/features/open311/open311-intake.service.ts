import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { MAX_PHOTOS } from '@cchc/shared/api/feedback';
import type { Open311PostRequestBodyT, Open311PostResultT } from '@cchc/shared/api/open311';
import { formatDay } from '@cchc/shared/calendar/working-days';
import type { DB } from '../../db/schema.ts';
import { InvalidInputError } from '../../lib/domain-errors.ts';
import type { Open311Reads } from '../feedback/open311-reads.service.ts';
import type { SubmissionService } from '../feedback/submission.service.ts';
import type { TopicsService } from '../rules/topics.service.ts';
import type { UploadsService } from '../feedback/uploads.service.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import type { Open311Access } from './open311-access.ts';
import { senderContact } from './open311-contact.ts';
import { vietnamIso } from './open311-time.ts';
import * as repo from './open311.repository.ts';

const invalid = (message: string) => new InvalidInputError('VALIDATION_FAILED', message);
/** name@domain.tld: one '@', no spaces, a dot inside the domain (a scan: no backtracking). */
function looksLikeEmail(text: string): boolean {
  const at = text.indexOf('@');
  if (at < 1 || at !== text.lastIndexOf('@') || /\s/.test(text)) return false;
  const dot = text.lastIndexOf('.');
  return dot > at + 1 && dot < text.length - 1;
}

/** An image sent with the request (multipart/form-data `media`). */
export type Media = Buffer;

/**
 * POST requests: a city system's request becomes a PAKN through the feedback
 * feature's own submission service (same checks, deadlines and tracking code), its
 * images through the feedback uploads. The e-mail and media links are kept beside it.
 */
export class Open311IntakeService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly units: UnitDirectory,
    private readonly topics: TopicsService,
    private readonly submissions: SubmissionService,
    private readonly uploads: UploadsService,
    private readonly access: Open311Access,
    private readonly feedback: Open311Reads,
  ) {}

  async create(body: Open311PostRequestBodyT, media: readonly Media[], idempotencyKey: string | undefined, clientAddress: string): Promise<Open311PostResultT> {
    const unit = await this.units.get(body.jurisdiction_id);
    const key = await this.access.writer(body.api_key, { id: unit.id, name: unit.summary.name });
    const topic = (await this.topics.active(unit.id)).find((t) => t.code === body.service_code);
    if (!topic) throw invalid(`service_code "${body.service_code}" không có trong danh sách dịch vụ của đơn vị. Xem services.xml?jurisdiction_id=${unit.slug}.`);
    const contact = senderContact(body);
    const location = placeOf(body);
    const email = body.email?.trim() || null;
    if (email && !looksLikeEmail(email)) throw invalid('email không đúng định dạng (ví dụ ten@example.com). Có thể bỏ trống.');
    if (media.length > MAX_PHOTOS) throw invalid(`Mỗi phản ánh gửi tối đa ${MAX_PHOTOS} ảnh.`);

    const citizenKey = `open311:${key.id}`;
    const idempotency = idempotencyKey ?? derivedIdempotencyKey(key.id, body, media);
    const notice = (code: string, dueDate: string) => [{
      service_request_id: code,
      service_notice: `${unit.summary.name} đã nhận phản ánh, mã ${code}. Hạn trả lời: ${formatDay(dueDate)} (tính theo ngày làm việc).`,
      account_id: null,
    }];
    // A resent request with images is recognised before its images are stored again.
    if (media.length > 0) {
      const earlier = await this.feedback.byIdempotencyKey(unit.id, idempotency);
      if (earlier) return notice(earlier.code, earlier.due_date);
    }
    const photoIds: string[] = [];
    for (const bytes of media) photoIds.push((await this.uploads.receive(bytes, citizenKey, clientAddress)).id);

    const result = await this.submissions.submit({
      unitSlug: unit.slug,
      citizenKey,
      channel: 'open311',
      idempotencyKey: idempotency,
      body: { kind: 'phan_anh', topicId: topic.id, content: body.description, photoIds, location, contact, hideIdentity: false },
    });
    const feedbackId = await this.feedback.idByCode(result.code);
    if (feedbackId === undefined) throw new Error(`PAKN ${result.code} was just submitted but is not found.`);
    await repo.insertDetails(this.db, {
      feedbackId,
      keyId: key.id,
      email,
      mediaUrls: body.media_url ?? [],
      addressId: body.address_id?.trim() || null,
    });
    return notice(result.code, result.dueDate);
  }
}

/** The place: lat and long together, and/or address_string; address_id alone (FixMyStreet's "#NOTPINPOINTED#") is kept apart. */
function placeOf(body: Open311PostRequestBodyT): { lat: number | null; lng: number | null; address: string | null } | undefined {
  const hasPoint = body.lat !== undefined && body.long !== undefined;
  const address = body.address_string?.trim() || null;
  if (!hasPoint && (body.lat !== undefined || body.long !== undefined)) throw invalid('Vị trí cần đủ cả lat và long.');
  if (!hasPoint && !address && !body.address_id?.trim()) throw invalid('Cần vị trí sự việc: lat và long, address_string hoặc address_id.');
  if (!hasPoint && !address) return undefined;
  return { lat: hasPoint ? body.lat! : null, lng: hasPoint ? body.long! : null, address };
}

/**
 * Open311 has no idempotency key: a client resending the same request the same day
 * gets the same PAKN back instead of a second one.
 */
function derivedIdempotencyKey(keyId: number, body: Open311PostRequestBodyT, media: readonly Media[]): string {
  const { api_key: _apiKey, ...rest } = body;
  const canonical = JSON.stringify([
    Object.entries(rest).sort(([a], [b]) => (a < b ? -1 : 1)),
    media.map((m) => crypto.createHash('sha256').update(m).digest('hex')),
  ]);
  const day = vietnamIso(new Date()).slice(0, 10);
  return `open311-${crypto.createHash('sha256').update(`${keyId}|${day}|${canonical}`).digest('hex').slice(0, 40)}`;
}
