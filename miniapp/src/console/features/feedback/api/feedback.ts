import type { OfficerListItemT } from '@cchc/shared/api/console-admin';
import type { FeedbackActionT, OfficerFeedbackT, PublicCopyBodyT, PublicCopyPreviewT, QueueQueryT, QueueT, TransferAgencyListT } from '@cchc/shared/api/console';
import type { TopicSettingsT } from '@cchc/shared/api/settings';
import type { UnitSummaryT } from '@cchc/shared/api/units';
import { apiPath } from '../../../../lib/api-client.ts';
import { consoleGet, consoleRequest } from '../../../lib/console-api.ts';

export function getQueue(query: QueueQueryT, signal?: AbortSignal) {
  const params: Record<string, string | number | undefined> = {
    status: query.status,
    topicId: query.topicId,
    severity: query.severity,
    overdue: query.overdue ? 'true' : undefined,
    mine: query.mine ? 'true' : undefined,
    awaitingApproval: query.awaitingApproval ? 'true' : undefined,
    scope: query.scope,
    unit: query.unit,
    q: query.q,
    limit: query.limit,
    offset: query.offset,
  };
  return consoleGet<QueueT>(apiPath(['console', 'feedback'], params), signal);
}

export function getTransferAgencies(signal?: AbortSignal) {
  return consoleGet<TransferAgencyListT>(apiPath(['console', 'transfer-agencies']), signal);
}

export function getOfficerFeedback(code: string, signal?: AbortSignal) {
  return consoleGet<OfficerFeedbackT>(apiPath(['console', 'feedback', code]), signal);
}

export function actOnFeedback(code: string, action: FeedbackActionT) {
  return consoleRequest<OfficerFeedbackT>(apiPath(['console', 'feedback', code, 'actions']), { method: 'POST', body: action });
}

/** What the public will see of a PAKN (masked, with the masked spans) and the text it is made from. */
export function getPublicCopy(code: string, signal?: AbortSignal) {
  return consoleGet<PublicCopyPreviewT>(apiPath(['console', 'feedback', code, 'public-copy']), signal);
}

/** The leader's edit of the public copy; the original stays as it is. */
export function savePublicCopy(code: string, body: PublicCopyBodyT) {
  return consoleRequest<PublicCopyPreviewT>(apiPath(['console', 'feedback', code, 'public-copy']), { method: 'PUT', body });
}

/** The unit's topics, for the queue filter and for reclassifying on accept. */
export function getTopics(signal?: AbortSignal) {
  return consoleGet<TopicSettingsT>(apiPath(['console', 'settings', 'topics']), signal);
}

/** Every unit, for "Chuyển đơn vị". */
export function getUnits(signal?: AbortSignal) {
  return consoleGet<{ items: UnitSummaryT[] }>(apiPath(['units']), signal);
}

/** The officers of the logged-in officer's unit, for "Giao xử lý". */
export function getUnitOfficers(signal?: AbortSignal) {
  return consoleGet<{ items: OfficerListItemT[] }>(apiPath(['console', 'officers']), signal);
}

/** The signed văn bản trả lời (PDF), checked by the server by its bytes. */
export function attachAnswerDocument(code: string, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return consoleRequest<OfficerFeedbackT>(apiPath(['console', 'feedback', code, 'answer-document']), { method: 'POST', body: form });
}
