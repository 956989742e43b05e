import { canonicalFeedbackCode } from '@cchc/shared/text/feedback-code';
import type {
  Open311DiscoveryT,
  Open311RequestsQueryT,
  Open311RequestT,
  Open311RequestUpdateT,
  Open311ServiceDefinitionT,
  Open311ServiceT,
  Open311UpdatesQueryT,
} from '@cchc/shared/api/open311';
import { FEEDBACK_STATUS_LABELS, REJECT_REASON_LABELS } from '@cchc/shared/api/labels';
import { foldForSearch } from '@cchc/shared/text/normalize';
import type { FeedbackStatus, RejectReason } from '../../db/schema.ts';
import { InvalidInputError, NotFoundError } from '../../lib/domain-errors.ts';
import { publicPhotoUrl } from '../feedback/citizen-views.ts';
import type { Open311Reads, Open311RequestRow } from '../feedback/open311-reads.service.ts';
import { publicCopy, publicPlace, type PublicCopySource } from '../feedback/public-copy.ts';
import type { TopicsService } from '../rules/topics.service.ts';
import { OPEN_STATUSES } from '../feedback/workflow.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import type { Open311Access } from './open311-access.ts';
import { CONTACT_DEFINITION } from './open311-contact.ts';
import { endOfVietnamDay, parseFilterDate, vietnamIso } from './open311-time.ts';

const GROUP = 'Phản ánh, kiến nghị';
const CLOSED_STATUSES: readonly FeedbackStatus[] = ['da_tra_loi', 'dong', 'tu_choi'];
/** The specification's defaults: the last 90 days, at most 1000 requests. */
const DEFAULT_WINDOW_MS = 90 * 24 * 3600_000;
const MAX_REQUESTS = 1000;
const MAX_UPDATES = 1000;
export const CHANGESET = '2026-12-02T00:00:00+07:00';

const serviceNotFound = (code: string) =>
  new NotFoundError('TOPIC_NOT_FOUND', `Đơn vị không có dịch vụ (chủ đề phản ánh) mã "${code}". Xem danh sách tại services.xml hoặc services.json.`);
const requestNotFound = () => new NotFoundError('FEEDBACK_NOT_FOUND', 'Không tìm thấy phản ánh có mã này.');
const invalid = (message: string) => new InvalidInputError('VALIDATION_FAILED', message);

/**
 * Open311 GeoReport v2 reads over the PAKN: each unit is a jurisdiction, each of its
 * active topics a service, each PAKN a service request. Nothing personal is ever
 * read out (no contact, no e-mail; the text masked). Anyone may follow any request's
 * status, service and dates; its content is shown for published answers, and to a
 * city system whose key covers the unit.
 */
export class GeoReportService {
  constructor(
    private readonly feedback: Open311Reads,
    private readonly units: UnitDirectory,
    private readonly topics: TopicsService,
    private readonly access: Open311Access,
  ) {}

  discovery(endpoint: string, contact: string): Open311DiscoveryT {
    return {
      changeset: CHANGESET,
      contact,
      key_service: 'Khóa api_key do quản trị hệ thống của thành phố cấp trong bảng điều khiển (mục Khóa Open311); chỉ cần để gửi phản ánh.',
      endpoints: [
        { specification: 'http://wiki.open311.org/GeoReport_v2', url: endpoint, changeset: CHANGESET, type: 'production', formats: ['text/xml', 'application/json'] },
      ],
    };
  }

  async services(jurisdiction: string): Promise<Open311ServiceT[]> {
    const unit = await this.units.get(jurisdiction);
    return (await this.topics.active(unit.id)).map((t) => ({
      service_code: t.code,
      service_name: t.name,
      description: `Phản ánh, kiến nghị về "${t.name}" gửi ${unit.summary.name}.`,
      // Every service has the contact attributes the law requires.
      metadata: true,
      type: 'realtime',
      keywords: [...new Set([t.name, foldForSearch(t.name)].map((k) => k.replaceAll(',', '')))].join(', '),
      group: GROUP,
    }));
  }

  async serviceDefinition(jurisdiction: string, serviceCode: string): Promise<Open311ServiceDefinitionT> {
    const services = await this.services(jurisdiction);
    if (!services.some((s) => s.service_code === serviceCode)) throw serviceNotFound(serviceCode);
    return { service_code: serviceCode, attributes: CONTACT_DEFINITION };
  }

  async requests(query: Open311RequestsQueryT, origin: string): Promise<Open311RequestT[]> {
    const unit = await this.units.get(query.jurisdiction_id);
    const readsContent = await this.access.readsContent(query.api_key, unit.id);
    // service_request_id overrides every other filter, as the specification says.
    if (query.service_request_id) {
      const codes = split(query.service_request_id).map(canonicalFeedbackCode);
      const rows = await this.feedback.requests({ unitId: unit.id, codes, limit: MAX_REQUESTS });
      return rows.map((row) => toRequest(row, origin, readsContent));
    }
    let from = query.start_date ? parseFilterDate(query.start_date, 'start_date') : undefined;
    const to = query.end_date ? parseFilterDate(query.end_date, 'end_date') : undefined;
    if (from && to && from > to) throw invalid('start_date phải trước end_date.');
    from ??= new Date((to ?? new Date()).getTime() - DEFAULT_WINDOW_MS);
    const wanted = query.status ? new Set(split(query.status)) : null;
    const statuses = wanted && wanted.size === 1 ? (wanted.has('open') ? OPEN_STATUSES : CLOSED_STATUSES) : undefined;
    const rows = await this.feedback.requests({
      unitId: unit.id,
      serviceCodes: query.service_code ? split(query.service_code) : undefined,
      statuses,
      from,
      to,
      limit: MAX_REQUESTS,
    });
    return rows.map((row) => toRequest(row, origin, readsContent));
  }

  async request(id: string, jurisdiction: string | undefined, apiKey: string | undefined, origin: string): Promise<Open311RequestT[]> {
    const unit = jurisdiction === undefined ? undefined : await this.units.get(jurisdiction);
    const [row] = await this.feedback.requests({ unitId: unit?.id, codes: [canonicalFeedbackCode(id)], limit: 1 });
    if (!row) throw requestNotFound();
    return [toRequest(row, origin, await this.access.readsContent(apiKey, row.unit_id))];
  }

  /** mySociety's servicerequestupdates: each status change, oldest first; the default window is the last 90 days. */
  async updates(query: Open311UpdatesQueryT): Promise<Open311RequestUpdateT[]> {
    const unit = await this.units.get(query.jurisdiction_id);
    const readsContent = await this.access.readsContent(query.api_key, unit.id);
    const to = query.end_date ? parseFilterDate(query.end_date, 'end_date') : undefined;
    const from = query.start_date ? parseFilterDate(query.start_date, 'start_date') : new Date((to ?? new Date()).getTime() - DEFAULT_WINDOW_MS);
    if (to && from > to) throw invalid('start_date phải trước end_date.');
    const rows = await this.feedback.statusChanges({ unitId: unit.id, from, to, limit: MAX_UPDATES });
    return rows.map((row) => ({
      update_id: String(row.event_id),
      service_request_id: row.code,
      status: OPEN_STATUSES.includes(row.to_status!) ? 'open' : 'closed',
      updated_datetime: vietnamIso(row.created_at),
      description: describeStatus(row.to_status!, row.reject_reason, row.to_status === 'da_tra_loi' ? answerOf(row, readsContent) : null),
      media_url: null,
    }));
  }
}

type ContentRow = PublicCopySource & { published: boolean; answer: string | null };

/** The answer's public copy, quoted where the content may be shown. */
function answerOf(row: ContentRow, readsContent: boolean): string | null {
  if (!row.answer || !(row.published || readsContent)) return null;
  return publicCopy(row, row.answer).answer.text;
}

/**
 * A PAKN as a request. Its status, service and dates are for anyone; its (masked)
 * content, place and photo only when published or read with the unit's key.
 */
function toRequest(row: Open311RequestRow, origin: string, readsContent: boolean): Open311RequestT {
  const shown = row.published || readsContent;
  const copy = publicCopy(row, row.answer);
  const location = shown ? row.location : null;
  return {
    service_request_id: row.code,
    status: OPEN_STATUSES.includes(row.status) ? 'open' : 'closed',
    status_notes: describeStatus(row.status, row.reject_reason, shown && row.published && row.answer ? copy.answer.text : null),
    service_name: row.topic_name,
    service_code: row.topic_code,
    description: shown ? copy.content.text : null,
    agency_responsible: row.unit_name,
    service_notice: null,
    requested_datetime: vietnamIso(row.received_at),
    updated_datetime: vietnamIso(row.updated_at),
    expected_datetime: row.due_at ? vietnamIso(row.due_at) : endOfVietnamDay(row.due_date),
    // The place, never the sender's own address (Open311 clients file the contact address there too).
    address: shown ? publicPlace(location?.address, row) : null,
    address_id: null,
    zipcode: null,
    lat: location?.lat ?? null,
    long: location?.lng ?? null,
    media_url: row.published && row.public_photo_id ? `${origin}${publicPhotoUrl(row.public_photo_id)}` : null,
  };
}

/** The status in words; a rejection says why; an answer that may be shown is quoted. */
function describeStatus(status: FeedbackStatus, rejectReason: RejectReason | null, answer: string | null): string {
  const label = FEEDBACK_STATUS_LABELS[status];
  if (status === 'tu_choi' && rejectReason) return `${label}: ${REJECT_REASON_LABELS[rejectReason]}`;
  if (answer) return `${label}. Trả lời: ${answer}`;
  return label;
}

function split(list: string): string[] {
  return [...new Set(list.split(',').map((s) => s.trim()).filter(Boolean))];
}
