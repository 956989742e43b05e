import { useQuery } from '../../../../lib/use-query.ts';
import { getCalendar, getCalendarOverview, getDeadlines, getFieldSettings, getReopenDays, getTopicSettings } from '../api/settings.ts';

export const useTopicSettings = (unit?: string) => useQuery(`console/settings/topics/${unit ?? ''}`, (s) => getTopicSettings(unit, s));
/** Cache keys start with this; the classify form reads the same list. */
export const fieldsKey = (unit?: string) => `console/settings/fields/${unit ?? ''}`;
export const useFieldSettings = (unit?: string) => useQuery(fieldsKey(unit), (s) => getFieldSettings(unit, s));
export const useDeadlines = (unit?: string) => useQuery(`console/settings/deadlines/${unit ?? ''}`, (s) => getDeadlines(unit, s));
export const useReopenDays = (unit?: string) => useQuery(`console/settings/reopen/${unit ?? ''}`, (s) => getReopenDays(unit, s));
export const useCalendarOverview = () => useQuery('console/settings/calendar', (s) => getCalendarOverview(s));
export const useCalendar = (year: number) => useQuery(`console/settings/calendar/${year}`, (s) => getCalendar(year, s));
