import { canonicalFeedbackCode } from '@cchc/shared/text/feedback-code';
import type { UnitDirectory } from '../units/units.service.ts';
import type { Kysely } from 'kysely';
import type { OfficerFeedbackT, PublicCopyPreviewT, QueueQueryT, QueueT } from '@cchc/shared/api/console';
import { vietnamDay } from '@cchc/shared/calendar/working-days';
import type { DB, OfficerRole } from '../../db/schema.ts';
import type { CalendarStore } from '../rules/calendar-store.ts';
import { toOfficerFeedback, toQueueItem } from './console-views.ts';
import * as repo from './console.repository.ts';
import { listEvents, listPhotos } from './feedback.repository.ts';
import { photoNotFound, type PhotoFile, type PhotoService } from './photo.service.ts';
import { toPublicCopyPreview } from './public-copy.ts';
import { parseQueueSearch } from './queue-search.ts';
import { feedbackNotFound } from './tracking.service.ts';
import { isOpen } from './workflow.ts';

/** The officer as the auth plugin describes them: what scoping and permissions need. */
export interface OfficerIdentity {
  id: number;
  unitId: number;
  role: OfficerRole;
}

export function scopeOf(officer: OfficerIdentity): repo.Scope {
  return officer.role === 'city_admin' ? 'all' : { unitId: officer.unitId };
}

/** A code as the officer typed or read it out ("pa 2612 6k7zm") → the stored form. */
export const canonicalCode = canonicalFeedbackCode;

/** The officers' reads: the queue, one PAKN, its photos. */
export class ConsoleService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly calendar: CalendarStore,
    private readonly photos: PhotoService,
    /** Resolves the queue's commune filter (a slug). */
    private readonly units?: Pick<UnitDirectory, 'get'>,
  ) {}

  async queue(officer: OfficerIdentity, query: QueueQueryT): Promise<QueueT> {
    const openOnly = (query.scope ?? 'open') === 'open';
    if (openOnly && query.status && !isOpen(query.status)) return { items: [], total: 0 };
    const calendar = await this.calendar.get();
    const today = vietnamDay(new Date());
    // An unknown commune is an empty queue; outside the officer's scope the repository shows nothing anyway.
    const unitId = query.unit === undefined || !this.units ? undefined : await this.units.get(query.unit).then((u) => u.id, () => -1);
    const filter: repo.QueueFilter = {
      scope: scopeOf(officer),
      unitId,
      openOnly,
      status: query.status,
      topicId: query.topicId,
      severity: query.severity,
      dueBefore: query.overdue ? today : undefined,
      assigneeId: query.mine ? officer.id : undefined,
      awaitingApproval: query.awaitingApproval,
      search: parseQueueSearch(query.q),
    };
    const [rows, total] = await Promise.all([
      repo.listQueue(this.db, filter, query.limit ?? 20, query.offset ?? 0),
      repo.countQueue(this.db, filter),
    ]);
    return { items: rows.map((row) => toQueueItem(row, calendar, today)), total };
  }

  async get(officer: OfficerIdentity, code: string, options: { afterTransfer?: boolean } = {}): Promise<OfficerFeedbackT> {
    const scope = scopeOf(officer);
    // Right after transferring it away, the officer still gets the item back once, without actions.
    const row = await repo.findForOfficer(this.db, options.afterTransfer ? 'all' : scope, canonicalCode(code));
    if (!row) throw feedbackNotFound();
    const [events, photos, calendar] = await Promise.all([listEvents(this.db, row.id, true), listPhotos(this.db, row.id), this.calendar.get()]);
    return toOfficerFeedback({
      row,
      events,
      photos,
      viewer: { role: officer.role, unitId: officer.unitId },
      actionable: scope === 'all' || scope.unitId === row.unit_id,
      calendar,
      today: vietnamDay(new Date()),
    });
  }

  /** What the public would see of this PAKN now, masked, with the masked spans and the text to edit. */
  async publicCopy(officer: OfficerIdentity, code: string): Promise<PublicCopyPreviewT> {
    const row = await repo.findForOfficer(this.db, scopeOf(officer), canonicalCode(code));
    if (!row) throw feedbackNotFound();
    return toPublicCopyPreview(row);
  }

  async photo(officer: OfficerIdentity, code: string, photoId: string): Promise<PhotoFile> {
    const file = await repo.findPhotoForOfficer(this.db, scopeOf(officer), canonicalCode(code), photoId);
    if (!file) throw photoNotFound();
    return this.photos.open(file);
  }
}
