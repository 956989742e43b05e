import type { NotificationsService } from '../features/notifications/notifications.service.ts';
import type { OutboxItem } from '../features/notifications/outbox.repository.ts';
import type { QueueWork } from './queue-runner.ts';

/** The notifications outbox as queue work: claim due items, deliver each. */
export function outboxWork(notifications: NotificationsService): QueueWork<OutboxItem> {
  return { claim: (limit) => notifications.claim(limit), handle: (item) => notifications.deliver(item) };
}
