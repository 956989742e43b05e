import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Open311PostRequestBodyT, Open311PostResultT, Open311RequestsQueryT, Open311RequestT, Open311ServiceT } from '@cchc/shared/api/open311';
import { FEEDBACK_STATUS_LABELS, REJECT_REASON_LABELS } from '@cchc/shared/api/labels';
import { formatDay } from '@cchc/shared/calendar/working-days';
import { cleanText, foldForSearch } from '@cchc/shared/text/normalize';
import type { DB, FeedbackStatus } from '../../db/schema.ts';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../../lib/domain-errors.ts';
import { publicPhotoUrl } from '../feedback/citizen-views.ts';
import { publicCopy, publicPlace } from '../feedback/public-copy.ts';
import type { SubmissionService } from '../feedback/submission.service.ts';
import type { TopicsService } from '../rules/topics.service.ts';
import { OPEN_STATUSES } from '../feedback/workflow.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import { hashApiKey } from './api-keys.ts';
import { endOfVietnamDay, parseFilterDate, vietnamIso } from './open311-time.ts';
import * as repo from './open311.repository.ts';

const GROUP = 'Phản ánh, kiến nghị';
const CLOSED_STATUSES: readonly FeedbackStatus[] = ['da_tra_loi', 'dong', 'tu_choi'];
/** The specification's defaults: the last 90 days, at most 1000 requests. */
const DEFAULT_WINDOW_MS = 90 * 24 * 3600_000;
const MAX_REQUESTS = 1000;

const serviceNotFound = (code: string) =>
  new NotFoundError('TOPIC_NOT_FOUND', `Đơn vị không có dịch vụ (chủ đề phản ánh) mã "${code}". Xem danh sách tại services.json.`);
const requestNotFound = () => new NotFoundError('FEEDBACK_NOT_FOUND', 'Không tìm thấy phản ánh có mã này.');
const invalid = (message: string) => new InvalidInputError('VALIDATION_FAILED', message);

/**
 * Open311 GeoReport v2 over the PAKN: each unit is a jurisdiction, each of its
 * active topics a service, each PAKN a service request. Reading carries no personal
 * data (no contact; the text masked): the public reads published answers, a city
 * system with an API key reads every PAKN of its units. Creating a request needs an
 * API key and goes through the same submission service as the Mini App.
 */
export class GeoReportService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly units: UnitDirectory,
    private readonly topics: TopicsService,
    private readonly submissions: SubmissionService,
  ) {}

  async services(jurisdiction: string): Promise<Open311ServiceT[]> {
    const unit = await this.units.get(jurisdiction);
    return (await this.topics.active(unit.id)).map((t) => ({
      service_code: t.code,
      service_name: t.name,
      description: `Phản ánh, kiến nghị về "${t.name}" gửi ${unit.summary.name}.`,
      metadata: false,
      type: 'realtime',
      keywords: [...new Set([t.name, foldForSearch(t.name)].map((k) => k.replaceAll(',', '')))].join(', '),
      group: GROUP,
    }));
  }

  async serviceDefinition(jurisdiction: string, serviceCode: string): Promise<{ service_code: string; attributes: [] }> {
    const services = await this.services(jurisdiction);
    if (!services.some((s) => s.service_code === serviceCode)) throw serviceNotFound(serviceCode);
    return { service_code: serviceCode, attributes: [] };
  }

  async requests(query: Open311RequestsQueryT, origin: string): Promise<Open311RequestT[]> {
    const unit = await this.units.get(query.jurisdiction_id);
    const codes = query.service_request_id ? split(query.service_request_id).map((c) => c.toUpperCase()) : undefined;
    let from = query.start_date ? parseFilterDate(query.start_date, 'start_date') : undefined;
    const to = query.end_date ? parseFilterDate(query.end_date, 'end_date') : undefined;
    if (from && to && from > to) throw invalid('start_date phải trước end_date.');
    if (!codes && !from) from = new Date((to ?? new Date()).getTime() - DEFAULT_WINDOW_MS);
    const wanted = query.status ? new Set(split(query.status)) : null;
    const statuses = wanted && wanted.size === 1 ? (wanted.has('open') ? OPEN_STATUSES : CLOSED_STATUSES) : undefined;
    const rows = await repo.listRequests(this.db, {
      unitId: unit.id,
      codes,
      serviceCodes: query.service_code ? split(query.service_code) : undefined,
      statuses,
      from,
      to,
      publishedOnly: !(await this.keyReads(query.api_key, unit.id)),
      limit: MAX_REQUESTS,
    });
    return rows.map((row) => toRequest(row, origin));
  }

  async request(id: string, jurisdiction: string | undefined, apiKey: string | undefined, origin: string): Promise<Open311RequestT[]> {
    const unit = jurisdiction === undefined ? undefined : await this.units.get(jurisdiction);
    const [found] = await repo.listRequests(this.db, { unitId: unit?.id, codes: [id.trim().toUpperCase()], publishedOnly: false, limit: 1 });
    const row = found && (found.published || (await this.keyReads(apiKey, found.unit_id))) ? found : undefined;
    if (!row) throw requestNotFound();
    return [toRequest(row, origin)];
  }

  /** A city system's key sees every PAKN of its units (without personal data); the public sees published answers. */
  private async keyReads(apiKey: string | undefined, unitId: number): Promise<boolean> {
    if (!apiKey?.trim()) return false;
    const key = await repo.findKeyByHash(this.db, hashApiKey(apiKey));
    if (key) await repo.touchKey(this.db, key.id);
    return key !== undefined && (key.unit_id === null || key.unit_id === unitId);
  }

  async create(body: Open311PostRequestBodyT, idempotencyKey: string | undefined): Promise<Open311PostResultT> {
    if (!body.api_key?.trim()) throw new ForbiddenError('FORBIDDEN', 'Thiếu api_key. Hệ thống gửi phản ánh qua Open311 cần khóa do quản trị hệ thống cấp.');
    const key = await repo.findKeyByHash(this.db, hashApiKey(body.api_key));
    if (!key) throw new ForbiddenError('FORBIDDEN', 'api_key không hợp lệ hoặc đã bị thu hồi. Liên hệ quản trị hệ thống để được cấp khóa.');
    await repo.touchKey(this.db, key.id);
    const unit = await this.units.get(body.jurisdiction_id);
    if (key.unit_id !== null && key.unit_id !== unit.id) {
      throw new ForbiddenError('FORBIDDEN', `api_key này không được gửi phản ánh đến ${unit.summary.name}.`);
    }
    const topic = (await this.topics.active(unit.id)).find((t) => t.code === body.service_code);
    if (!topic) throw invalid(`service_code "${body.service_code}" không có trong danh sách dịch vụ của đơn vị. Xem services.json?jurisdiction_id=${unit.slug}.`);

    const name = cleanText([body.first_name, body.last_name].filter(Boolean).join(' '));
    if (name.length < 2) throw invalid('Cần họ tên người phản ánh (first_name, last_name) theo Nghị định 20/2008/NĐ-CP, Điều 7.');
    if (!body.phone?.trim()) throw invalid('Cần số điện thoại người phản ánh (phone) theo Nghị định 20/2008/NĐ-CP, Điều 7.');
    const contactAddress = cleanText(body.contact_address ?? body.address_string ?? '');
    if (contactAddress.length < 5) {
      throw invalid('Cần địa chỉ liên hệ của người phản ánh: trường contact_address, hoặc address_string (Nghị định 20/2008/NĐ-CP, Điều 7).');
    }
    const hasPlace = body.lat !== undefined && body.long !== undefined;
    if (!hasPlace && !body.address_string?.trim() && (body.lat !== undefined || body.long !== undefined)) {
      throw invalid('Vị trí cần đủ cả lat và long, hoặc ghi address_string.');
    }
    const location = hasPlace || body.address_string
      ? { lat: hasPlace ? body.lat! : null, lng: hasPlace ? body.long! : null, address: body.address_string?.trim() || null }
      : undefined;

    const submission = {
      unitSlug: unit.slug,
      citizenKey: `open311:${key.id}`,
      channel: 'open311' as const,
      idempotencyKey: idempotencyKey ?? derivedIdempotencyKey(key.id, body),
      body: {
        kind: 'phan_anh' as const,
        topicId: topic.id,
        content: body.description,
        photoIds: [],
        location,
        contact: { name, phone: body.phone.trim(), address: contactAddress },
        hideIdentity: false,
      },
    };
    const result = await this.submissions.submit(submission);
    return [{
      service_request_id: result.code,
      service_notice: `${unit.summary.name} đã nhận phản ánh, mã ${result.code}. Hạn trả lời: ${formatDay(result.dueDate)} (tính theo ngày làm việc).`,
      account_id: null,
    }];
  }
}

function toRequest(row: repo.RequestRow, origin: string): Open311RequestT {
  const copy = publicCopy(row, row.answer);
  const open = OPEN_STATUSES.includes(row.status);
  const location = row.location;
  return {
    service_request_id: row.code,
    status: open ? 'open' : 'closed',
    status_notes: statusNotes(row, copy.answer.text),
    service_name: row.topic_name,
    service_code: row.topic_code,
    description: copy.content.text,
    agency_responsible: row.unit_name,
    service_notice: null,
    requested_datetime: vietnamIso(row.received_at),
    updated_datetime: vietnamIso(row.updated_at),
    expected_datetime: row.due_at ? vietnamIso(row.due_at) : endOfVietnamDay(row.due_date),
    // The place, never the sender's own address (Open311 clients file the contact address there too).
    address: publicPlace(location?.address, row),
    address_id: null,
    zipcode: null,
    lat: location?.lat ?? null,
    long: location?.lng ?? null,
    media_url: row.published && row.public_photo_id ? `${origin}${publicPhotoUrl(row.public_photo_id)}` : null,
  };
}

/** The status in words; a rejection says why; a published answer is quoted from the public copy. */
function statusNotes(row: repo.RequestRow, publicAnswer: string): string {
  const label = FEEDBACK_STATUS_LABELS[row.status];
  if (row.status === 'tu_choi' && row.reject_reason) return `${label}: ${REJECT_REASON_LABELS[row.reject_reason]}`;
  if (row.published && row.answer) return `${label}. Trả lời: ${publicAnswer}`;
  return label;
}

function split(list: string): string[] {
  return [...new Set(list.split(',').map((s) => s.trim()).filter(Boolean))];
}

/**
 * Open311 has no idempotency key: a client resending the same request the same day
 * gets the same PAKN back instead of a second one.
 */
function derivedIdempotencyKey(keyId: number, body: Open311PostRequestBodyT): string {
  const { api_key: _apiKey, ...rest } = body;
  const canonical = JSON.stringify(Object.entries(rest).sort(([a], [b]) => (a < b ? -1 : 1)));
  const day = vietnamIso(new Date()).slice(0, 10);
  return `open311-${crypto.createHash('sha256').update(`${keyId}|${day}|${canonical}`).digest('hex').slice(0, 40)}`;
}
