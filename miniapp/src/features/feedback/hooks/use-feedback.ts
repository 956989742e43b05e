import type { PublishedFeedbackT } from '@cchc/shared/api/feedback';
import { useQuery } from '../../../lib/use-query.ts';
import { getFeedback, getTopics, listMyFeedback, listPublished } from '../api/feedback.ts';
import { rememberAccessKeys } from './access-keys.ts';

export function useFeedbackTopics(unit: string) {
  return useQuery(`feedback-topics/${unit}`, (signal) => getTopics(unit, signal));
}

export function useMyFeedback() {
  return useQuery('feedback-mine', async (signal) => {
    const list = await listMyFeedback(signal);
    rememberAccessKeys(list.items);
    return list;
  });
}

export function useCitizenFeedback(code: string, accessKey: string | null) {
  return useQuery(accessKey ? `feedback/${code}` : null, (signal) => getFeedback(code, accessKey!, signal));
}

export const PUBLISHED_PAGE_SIZE = 10;

/** The first `count` published answers (pages fetched together so "Xem thêm" keeps what is shown). */
export function usePublishedFeedback(unit: string, count: number) {
  return useQuery(
    `feedback-published/${unit}/${count}`,
    async (signal) => {
      const items: PublishedFeedbackT[] = [];
      let total = 0;
      do {
        const page = await listPublished(unit, Math.min(100, count - items.length), items.length, signal);
        items.push(...page.items);
        total = page.total;
        if (page.items.length === 0) break;
      } while (items.length < count && items.length < total);
      return { items, total };
    },
    { keepPrevious: true },
  );
}
