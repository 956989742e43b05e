import crypto from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type {
  ActivityInputT,
  ActivityListQueryT,
  ActivityListT,
  ActivityT,
  ActivityUpdateT,
  BatchBodyT,
  BatchMonthT,
  BatchT,
} from '@cchc/shared/api/activities';
import { formatDay } from '@cchc/shared/calendar/working-days';
import { monthPeriod, parsePeriod, vietnamDay } from '@cchc/shared/plan/periods';
import type { ChannelT, CountRowT, CountSource, KindT } from '@cchc/shared/plan/vocabulary';
import type { DB } from '../../db/schema.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../lib/domain-errors.ts';
import * as repo from './activities.repository.ts';
import { checkEvidence } from './evidence-check.ts';
import type { EvidenceStorage } from './evidence-storage.ts';
import type { PlanWindow } from './plan-window.ts';

export interface ActivityHighlight {
  day: string;
  channel: ChannelT;
  kind: KindT;
  title: string;
  count: number;
  attendees: number;
}

const activityNotFound = () => new NotFoundError('NOT_FOUND', 'Không tìm thấy hoạt động này. Có thể hoạt động đã bị xóa; vui lòng tải lại danh sách.');
const invalid = (message: string) => new InvalidInputError('VALIDATION_FAILED', message);

/** 'Phòng Văn hóa  - Xã hội ' and 'phòng văn hóa - xã hội' are one office. */
export const officeKey = (office: string) => office.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

/**
 * Activities officers log on every channel other than the Mini App's articles: one at a
 * time or as an office's monthly batch, with a link or a file as evidence. Also the
 * activities' counted facts for progress and the report (a CountSource).
 */
export class ActivitiesService implements CountSource {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly storage: EvidenceStorage,
    private readonly plans: PlanWindow,
    /** Today in Viet Nam (a parameter so tests can stand on a fixed day). */
    private readonly today: () => string = () => vietnamDay(new Date()),
  ) {}

  async list(unitId: number, query: ActivityListQueryT, evidenceBase: string): Promise<ActivityListT> {
    const filter: repo.ActivityFilter = { unitId, channel: query.channel, kind: query.kind };
    if (query.period) {
      const period = parsePeriod(query.period);
      if (!period) throw invalid('Kỳ không hợp lệ. Vui lòng chọn kỳ dạng 2026, 2026-H1, 2026-Q1 hoặc 2026-03.');
      filter.from = period.from;
      filter.to = period.to;
    }
    const [rows, totals] = await Promise.all([repo.listActivities(this.db, filter, query.limit ?? 50, query.offset ?? 0), repo.activityTotals(this.db, filter)]);
    return { items: rows.map((r) => toActivity(r, evidenceBase)), total: totals.total, totals: { count: totals.count, attendees: totals.attendees } };
  }

  async get(unitId: number, id: number, evidenceBase: string): Promise<ActivityT> {
    const row = await repo.findActivity(this.db, unitId, id);
    if (!row) throw activityNotFound();
    return toActivity(row, evidenceBase);
  }

  async create(unitId: number, officerId: number | null, input: ActivityInputT, evidenceBase: string): Promise<ActivityT> {
    const values = await this.checked(unitId, input);
    const [id] = await repo.insertActivities(this.db, unitId, [values], officerId);
    return this.get(unitId, id!, evidenceBase);
  }

  async update(unitId: number, id: number, input: ActivityUpdateT, evidenceBase: string): Promise<ActivityT> {
    const { version, ...fields } = input;
    const values = await this.checked(unitId, fields);
    const updated = await repo.updateActivity(this.db, unitId, id, version, values);
    if (updated === null) {
      if (!(await repo.findActivity(this.db, unitId, id))) throw activityNotFound();
      throw new ConflictError('CONFLICT', 'Hoạt động này vừa được người khác sửa. Vui lòng tải lại để xem bản mới nhất rồi sửa lại.');
    }
    return this.get(unitId, id, evidenceBase);
  }

  async remove(unitId: number, id: number): Promise<void> {
    const gone = await repo.deleteActivity(this.db, unitId, id);
    if (!gone) throw activityNotFound();
    if (gone.path) await this.storage.remove(gone.path).catch(() => {});
  }

  /**
   * An office's counts for a month, stored as one entry per row on the month's last day
   * (today, for the current month). Re-sending replaces the office's batch for the month
   * in one transaction; two senders at once end with one batch (the batch row's lock).
   */
  async putBatch(unitId: number, officerId: number | null, month: string, body: BatchBodyT, evidenceBase: string): Promise<BatchT> {
    const day = this.batchDay(month);
    await this.requirePlan(unitId, day);
    const office = body.office.normalize('NFC').trim().replace(/\s+/g, ' ');
    if (office.length < 2) throw invalid('Vui lòng ghi tên cơ quan, đơn vị báo cáo (ví dụ: Phòng Văn hóa - Xã hội).');
    const rows = body.rows.filter((r) => r.count > 0 || (r.attendees ?? 0) > 0);
    const seen = new Set<string>();
    for (const r of rows) {
      const key = `${r.channel}/${r.kind}`;
      if (seen.has(key)) throw invalid('Mỗi kênh và loại hoạt động chỉ ghi một dòng trong báo cáo tháng. Vui lòng gộp các dòng trùng.');
      seen.add(key);
    }
    const label = monthPeriod(Number(month.slice(0, 4)), Number(month.slice(5, 7))).label;
    const values: repo.ActivityValues[] = rows.map((r) => ({
      day,
      channel: r.channel,
      kind: r.kind,
      title: r.title?.trim() || `Báo cáo ${label} của ${office}`,
      link: null,
      count: r.count,
      attendees: r.attendees ?? 0,
      office,
      note: null,
    }));
    const { ids, oldFiles } = await this.db.transaction().execute(async (tx) => {
      const batchId = await repo.claimBatch(tx, unitId, month, office, officeKey(office), officerId);
      const oldFiles = await repo.clearBatch(tx, batchId);
      return { ids: await repo.insertActivities(tx, unitId, values, officerId, batchId), oldFiles };
    });
    for (const file of oldFiles) await this.storage.remove(file).catch(() => {});
    const items = (await repo.findActivities(this.db, ids)).map((r) => toActivity(r, evidenceBase));
    return { month, office, day, items };
  }

  async batches(unitId: number, month: string, evidenceBase: string): Promise<BatchMonthT> {
    const list = await repo.listBatches(this.db, unitId, `${month}-01`, `${month}-01`);
    const batches: BatchT[] = [];
    for (const b of list) {
      const entries = await repo.batchEntries(this.db, unitId, month, officeKey(b.office));
      if (!entries) continue;
      const items = (await repo.findActivities(this.db, entries.ids)).map((r) => toActivity(r, evidenceBase));
      batches.push({ month, office: entries.office, day: items[0]?.day ?? this.batchDayOrLast(month), items });
    }
    return { month, batches };
  }

  /** Stores a file as the activity's evidence, after checking it is what it claims. */
  async attachEvidence(unitId: number, id: number, file: { bytes: Buffer; fileName: string; contentType: string }, evidenceBase: string): Promise<ActivityT> {
    if (!(await repo.findActivity(this.db, unitId, id))) throw activityNotFound();
    const fileName = cleanFileName(file.fileName);
    const kind = await checkEvidence(file.bytes, fileName, file.contentType);
    const relative = await this.storage.save(kind.ext, file.bytes, new Date());
    let previous: string | null;
    try {
      previous = await this.db.transaction().execute(async (tx) => {
        if (!(await repo.findActivity(tx, unitId, id))) throw activityNotFound();
        return repo.putEvidence(tx, id, {
          fileName,
          contentType: kind.contentType,
          sizeBytes: file.bytes.length,
          sha256: crypto.createHash('sha256').update(file.bytes).digest('hex'),
          path: relative,
        });
      });
    } catch (error) {
      await this.storage.remove(relative).catch(() => {});
      throw error;
    }
    if (previous) await this.storage.remove(previous).catch(() => {});
    return this.get(unitId, id, evidenceBase);
  }

  async evidence(unitId: number, id: number): Promise<{ fileName: string; contentType: string; sizeBytes: number; stream: Readable }> {
    const file = await repo.evidenceOf(this.db, unitId, id);
    const stream = file ? await this.storage.open(file.path) : null;
    if (!file || !stream) throw new NotFoundError('NOT_FOUND', 'Hoạt động này chưa có tệp minh chứng, hoặc tệp đã bị xóa.');
    return { fileName: file.fileName, contentType: file.contentType, sizeBytes: file.sizeBytes, stream };
  }

  async counts(unitIds: number[], fromDay: string, toDay: string, spans?: readonly string[]): Promise<CountRowT[]> {
    const rows = await repo.countRows(this.db, unitIds, fromDay, toDay, spans);
    return rows.map((r) => ({ unitId: r.unitId, day: r.day, channel: r.channel as ChannelT, kind: r.kind as KindT, count: r.count, attendees: r.attendees }));
  }

  async highlights(unitId: number, fromDay: string, toDay: string): Promise<ActivityHighlight[]> {
    const rows = await repo.highlightRows(this.db, unitId, fromDay, toDay);
    return rows.map((r) => ({ day: r.day, channel: r.channel as ChannelT, kind: r.kind as KindT, title: r.title, count: r.count, attendees: r.attendees }));
  }

  private batchDayOrLast(month: string): string {
    return monthPeriod(Number(month.slice(0, 4)), Number(month.slice(5, 7))).to;
  }

  private batchDay(month: string): string {
    const today = this.today();
    const { from, to, label } = monthPeriod(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
    if (from > today) throw invalid(`Chưa thể báo cáo ${label}: tháng này chưa bắt đầu (hôm nay là ${formatDay(today)}).`);
    return to < today ? to : today;
  }

  private async checked(unitId: number, input: ActivityInputT): Promise<repo.ActivityValues> {
    const today = this.today();
    if (input.day > today) {
      throw invalid(`Ngày hoạt động ${formatDay(input.day)} ở tương lai (hôm nay là ${formatDay(today)}). Vui lòng ghi hoạt động sau khi đã thực hiện.`);
    }
    await this.requirePlan(unitId, input.day);
    const title = input.title.normalize('NFC').trim();
    if (title.length < 2) throw invalid('Vui lòng ghi tên hoạt động (ít nhất 2 ký tự).');
    return {
      day: input.day,
      channel: input.channel,
      kind: input.kind,
      title,
      link: input.link ?? null,
      count: input.count ?? 1,
      attendees: input.attendees ?? 0,
      office: input.office?.trim() || null,
      note: input.note?.trim() || null,
    };
  }

  /** The day must fall in one of the unit's plans; else say which spans there are. */
  private async requirePlan(unitId: number, day: string): Promise<void> {
    if (await this.plans.coveringPlan(unitId, day)) return;
    const spans = await this.planSpansNear(unitId, Number(day.slice(0, 4)));
    const list = spans.map((s) => `${formatDay(s.from)}–${formatDay(s.to)}`).join('; ');
    throw invalid(
      spans.length > 0
        ? `Ngày ${formatDay(day)} nằm ngoài các kế hoạch tuyên truyền của đơn vị (${list}). Vui lòng kiểm tra lại ngày, hoặc nhập kế hoạch cho kỳ này trước.`
        : `Ngày ${formatDay(day)} chưa thuộc kế hoạch tuyên truyền nào của đơn vị. Vui lòng nhập kế hoạch cho kỳ này trước khi ghi hoạt động.`,
    );
  }

  /** The plans around a year, found through the port by asking for the first of every month (only when a day is refused). */
  private async planSpansNear(unitId: number, year: number): Promise<{ from: string; to: string }[]> {
    const found = new Map<number, { from: string; to: string }>();
    for (let y = year - 1; y <= year + 1; y++) {
      for (let m = 1; m <= 12; m++) {
        const day = `${y}-${String(m).padStart(2, '0')}-01`;
        const plan = await this.plans.coveringPlan(unitId, day);
        if (plan) found.set(plan.id, { from: plan.from, to: plan.to });
      }
    }
    return [...found.values()].sort((a, b) => a.from.localeCompare(b.from));
  }
}

function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.normalize('NFC').replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(-200);
  return clean || 'minh-chung';
}

function toActivity(r: repo.ActivityRow, evidenceBase: string): ActivityT {
  return {
    id: r.id,
    day: r.day,
    channel: r.channel as ChannelT,
    kind: r.kind as KindT,
    title: r.title,
    link: r.link,
    count: r.count,
    attendees: r.attendees,
    office: r.office ?? '',
    note: r.note ?? '',
    batchMonth: r.batch_month,
    evidence: r.file_name
      ? { fileName: r.file_name, contentType: r.content_type!, sizeBytes: r.size_bytes!, url: `${evidenceBase}/${r.id}/evidence` }
      : null,
    version: r.version,
  };
}
