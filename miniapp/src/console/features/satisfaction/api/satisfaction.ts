import type {
  QuestionSetDetailT,
  QuestionSetInputT,
  QuestionSetSummaryT,
  SatisfactionFiguresT,
  SurveyCommentListT,
} from '@cchc/shared/api/satisfaction';
import { apiPath, apiUrl } from '../../../../lib/api-client.ts';
import { consoleGet, consoleRequest } from '../../../lib/console-api.ts';
import type { SatisfactionQuery } from '../lib/satisfaction-query.ts';


const filters = (q: SatisfactionQuery) => ({ period: q.period, granularity: 'month' });

/** GET /api/v1/console/units/{unit}/satisfaction: indices, 766 ratios, criteria, trend (a city: every commune). */
export const getSatisfaction = (unit: string, q: SatisfactionQuery, signal?: AbortSignal) =>
  consoleGet<SatisfactionFiguresT>(apiPath(['console', 'units', unit, 'satisfaction'], filters(q)), signal);

export const getComments = (unit: string, range: { from: string; to: string }, limit: number, offset: number, signal?: AbortSignal) =>
  consoleGet<SurveyCommentListT>(apiPath(['console', 'units', unit, 'satisfaction', 'comments'], { ...range, limit, offset }), signal);

/** The XLSX file's address, for a plain download link (the session cookie goes with it). */
export const exportUrl = (unit: string, range: { from: string; to: string }) =>
  apiUrl(apiPath(['console', 'units', unit, 'satisfaction', 'export'], { ...range, granularity: 'month' }));

export const getPublication = (unit: string, signal?: AbortSignal) =>
  consoleGet<{ publish: boolean }>(apiPath(['console', 'units', unit, 'satisfaction', 'publication']), signal);

export const putPublication = (unit: string, publish: boolean) =>
  consoleRequest<{ publish: boolean }>(apiPath(['console', 'units', unit, 'satisfaction', 'publication']), { method: 'PUT', body: { publish } });

export const listQuestionSets = (signal?: AbortSignal) =>
  consoleGet<{ items: QuestionSetSummaryT[] }>(apiPath(['console', 'satisfaction', 'question-sets']), signal);

export const getQuestionSet = (id: number, signal?: AbortSignal) =>
  consoleGet<QuestionSetDetailT>(apiPath(['console', 'satisfaction', 'question-sets', String(id)]), signal);

/** A new draft copied from the current (open) set. */
export const createQuestionSet = () =>
  consoleRequest<QuestionSetDetailT>(apiPath(['console', 'satisfaction', 'question-sets']), { method: 'POST', body: {} });

export const saveQuestionSet = (id: number, input: QuestionSetInputT) =>
  consoleRequest<QuestionSetDetailT>(apiPath(['console', 'satisfaction', 'question-sets', String(id)]), { method: 'PUT', body: input });

/** Opens a draft for citizens; the previous open set closes (its answers stay readable). */
export const openQuestionSet = (id: number) =>
  consoleRequest<QuestionSetDetailT>(apiPath(['console', 'satisfaction', 'question-sets', String(id), 'open']), { method: 'POST', body: {} });
