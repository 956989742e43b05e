import type { FastifyBaseLogger } from 'fastify';
import { vietnamDay } from '@cchc/shared/plan/periods';
import type { FeedbackNotices } from '../feedback/notices.service.ts';
import type { NotificationsService } from './notifications.service.ts';
import type { OfficerLinksService } from './officer-links.service.ts';

/**
 * The day before a PAKN falls due, its unit's linked officers are told. Every process runs this
 * hourly; the outbox's dedupe key (PAKN, due date, officer) makes each reminder go once.
 */
export class DueReminders {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly notices: FeedbackNotices,
    private readonly links: OfficerLinksService,
    private readonly notifications: NotificationsService,
    private readonly log: FastifyBaseLogger,
  ) {}

  async runOnce(now = new Date()): Promise<number> {
    const tomorrow = vietnamDay(new Date(now.getTime() + 24 * 3600_000));
    const officers = await this.links.linkedOfficers();
    if (officers.length === 0) return 0;
    const due = await this.notices.openDueOn([...new Set(officers.map((o) => o.unitId))], tomorrow);
    const items = due.flatMap((f) =>
      officers.filter((o) => o.unitId === f.unit_id).map((o) => ({ unitId: f.unit_id, feedbackId: f.id, dueDate: tomorrow, officerId: o.officerId, oaUserId: o.oaUserId })),
    );
    return this.notifications.enqueueDueReminders(items);
  }

  start(intervalMs = 3600_000): void {
    const run = () => void this.runOnce().catch((error) => this.log.warn({ err: error }, 'due reminders not written yet'));
    run();
    this.timer = setInterval(run, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
