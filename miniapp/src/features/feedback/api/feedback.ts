import type {
  ChannelAdviceT,
  CitizenFeedbackT,
  MyFeedbackItemT,
  PublishedFeedbackT,
  RatingT,
  SubmitFeedbackBodyT,
  SubmitFeedbackResultT,
  TopicT,
} from '@cchc/shared/api/feedback';
import { apiGet, apiPath, apiRequest, apiUpload } from '../../../lib/api-client.ts';
import { deviceHeaders } from '../../../lib/device-id.ts';

export async function getTopics(unit: string, signal?: AbortSignal) {
  return apiGet<{ items: TopicT[] }>(apiPath(['units', unit, 'feedback', 'topics']), { signal });
}

/** Does the text read as a khiếu nại or tố cáo? (advice only) */
export async function checkContent(unit: string, content: string, signal?: AbortSignal) {
  return apiRequest<ChannelAdviceT>(apiPath(['units', unit, 'feedback', 'check']), {
    method: 'POST',
    body: { content },
    signal,
  });
}

export async function uploadPhoto(file: Blob, fileName: string, onProgress: (fraction: number) => void, signal?: AbortSignal) {
  return apiUpload<{ id: string }>(apiPath(['uploads']), file, { fileName, headers: await deviceHeaders(), onProgress, signal });
}

/** The same key and body again gives the same answer and still one record (a retry never duplicates). */
export async function submitFeedback(unit: string, body: SubmitFeedbackBodyT, idempotencyKey: string) {
  return apiRequest<SubmitFeedbackResultT>(apiPath(['units', unit, 'feedback']), {
    method: 'POST',
    body,
    headers: { ...(await deviceHeaders()), 'Idempotency-Key': idempotencyKey },
  });
}

export async function listMyFeedback(signal?: AbortSignal) {
  return apiGet<{ items: MyFeedbackItemT[] }>(apiPath(['feedback', 'mine']), { signal, headers: await deviceHeaders() });
}

export async function getFeedback(code: string, accessKey: string, signal?: AbortSignal) {
  return apiGet<CitizenFeedbackT>(apiPath(['feedback', code]), {
    signal,
    headers: { ...(await deviceHeaders()), 'X-Access-Key': accessKey },
  });
}

export async function rateFeedback(code: string, accessKey: string, value: RatingT, comment: string) {
  return apiRequest<unknown>(apiPath(['feedback', code, 'rating']), {
    method: 'POST',
    body: comment.trim() ? { value, comment: comment.trim() } : { value },
    headers: { ...(await deviceHeaders()), 'X-Access-Key': accessKey },
  });
}

export async function reopenFeedback(code: string, accessKey: string, reason: string) {
  return apiRequest<unknown>(apiPath(['feedback', code, 'reopen']), {
    method: 'POST',
    body: { reason: reason.trim() },
    headers: { ...(await deviceHeaders()), 'X-Access-Key': accessKey },
  });
}

export async function listPublished(unit: string, limit: number, offset: number, signal?: AbortSignal) {
  return apiGet<{ items: PublishedFeedbackT[]; total: number }>(
    apiPath(['units', unit, 'feedback', 'published'], { limit, offset }),
    { signal },
  );
}
