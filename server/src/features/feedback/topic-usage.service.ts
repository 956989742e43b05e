import type { Executor } from '../../db/executor.ts';
import type { TopicUsage } from '../rules/topic-settings.service.ts';
import type { FieldUsage } from '../rules/fields.service.ts';
import { countFeedbackByField, countFeedbackByTopic } from './feedback.repository.ts';

/** The feedback feature's answer to "how many PAKN use each topic" (it owns the feedback table). */
export const feedbackTopicUsage: TopicUsage = {
  countByTopic: (db: Executor, unitId: number) => countFeedbackByTopic(db, unitId),
};

/** The feedback feature's answer to "how many PAKN use each lĩnh vực". */
export const feedbackFieldUsage: FieldUsage = {
  countByField: (db: Executor, unitId: number) => countFeedbackByField(db, unitId),
};
