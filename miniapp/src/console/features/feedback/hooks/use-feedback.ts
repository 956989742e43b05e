import type { QueueQueryT } from '@cchc/shared/api/console';
import { useQuery } from '../../../../lib/use-query.ts';
import { getOfficerFeedback, getPublicCopy, getQueue, getTopics, getTransferAgencies, getUnits, getUnitOfficers } from '../api/feedback.ts';

export function useQueue(query: QueueQueryT) {
  return useQuery(`console/queue?${JSON.stringify(query)}`, (signal) => getQueue(query, signal), { keepPrevious: true });
}

export function useOfficerFeedback(code: string) {
  return useQuery(`console/feedback/${code}`, (signal) => getOfficerFeedback(code, signal));
}

export function usePublicCopy(code: string) {
  return useQuery(`console/public-copy/${code}`, (signal) => getPublicCopy(code, signal));
}

export function useTopics() {
  return useQuery('console/topics', (signal) => getTopics(signal));
}

export function useUnitOfficers() {
  return useQuery('console/officers', (signal) => getUnitOfficers(signal));
}

export function useUnits() {
  return useQuery('console/units', (signal) => getUnits(signal));
}

export function useTransferAgencies() {
  return useQuery('console/transfer-agencies', (signal) => getTransferAgencies(signal));
}
