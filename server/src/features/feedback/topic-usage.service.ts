import type { Executor } from '../../db/executor.ts';
import type { TopicUsage } from '../rules/topic-settings.service.ts';
import { countFeedbackByTopic } from './feedback.repository.ts';

/** The feedback feature's answer to "how many PAKN use each topic" (it owns the feedback table). */
export const feedbackTopicUsage: TopicUsage = {
  countByTopic: (db: Executor, unitId: number) => countFeedbackByTopic(db, unitId),
};
