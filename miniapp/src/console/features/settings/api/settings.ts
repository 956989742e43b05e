import type {
  CalendarOverviewT,
  CalendarYearBodyT,
  CalendarYearT,
  DeadlineRuleT,
  DeadlineSettingsT,
  FieldSettingT,
  FieldSettingsT,
  ReopenDaysT,
  StatutoryDeadlinesT,
  TopicSettingT,
  TopicSettingsT,
  UpdateFieldBodyT,
  UpdateTopicBodyT,
} from '@cchc/shared/api/settings';
import { apiPath } from '../../../../lib/api-client.ts';
import { consoleGet, consoleRequest } from '../../../lib/console-api.ts';

const path = (segments: string[], unit?: string) => apiPath(['console', 'settings', ...segments], { unit });

export const getTopicSettings = (unit?: string, signal?: AbortSignal) => consoleGet<TopicSettingsT>(path(['topics'], unit), signal);

export const createTopic = (name: string, unit?: string) =>
  consoleRequest<TopicSettingT>(path(['topics'], unit), { method: 'POST', body: { name } });

export const updateTopic = (id: number, body: UpdateTopicBodyT, unit?: string) =>
  consoleRequest<TopicSettingT>(path(['topics', String(id)], unit), { method: 'PATCH', body });

export const deleteTopic = (id: number, unit?: string) => consoleRequest<null>(path(['topics', String(id)], unit), { method: 'DELETE' });

export const getFieldSettings = (unit?: string, signal?: AbortSignal) => consoleGet<FieldSettingsT>(path(['fields'], unit), signal);

export const createField = (name: string, unit?: string) =>
  consoleRequest<FieldSettingT>(path(['fields'], unit), { method: 'POST', body: { name } });

export const updateField = (id: number, body: UpdateFieldBodyT, unit?: string) =>
  consoleRequest<FieldSettingT>(path(['fields', String(id)], unit), { method: 'PATCH', body });

export const deleteField = (id: number, unit?: string) => consoleRequest<null>(path(['fields', String(id)], unit), { method: 'DELETE' });

export const getDeadlines = (unit?: string, signal?: AbortSignal) => consoleGet<DeadlineSettingsT>(path(['deadlines'], unit), signal);

export const putDeadlines = (rules: DeadlineRuleT[], unit?: string, statutory?: StatutoryDeadlinesT) =>
  consoleRequest<DeadlineSettingsT>(path(['deadlines'], unit), { method: 'PUT', body: { rules, ...statutory } });

export const getReopenDays = (unit?: string, signal?: AbortSignal) => consoleGet<ReopenDaysT>(path(['reopen-days'], unit), signal);

export const putReopenDays = (days: number, unit?: string) =>
  consoleRequest<ReopenDaysT>(path(['reopen-days'], unit), { method: 'PUT', body: { days } });

export const getCalendarOverview = (signal?: AbortSignal) => consoleGet<CalendarOverviewT>(path(['calendar']), signal);

export const getCalendar = (year: number, signal?: AbortSignal) => consoleGet<CalendarYearT>(path(['calendar', String(year)]), signal);

export const putCalendar = (year: number, body: CalendarYearBodyT) =>
  consoleRequest<CalendarYearT>(path(['calendar', String(year)]), { method: 'PUT', body });
