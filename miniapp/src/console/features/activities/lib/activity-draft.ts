import type { ActivityInputT, ActivityT, BatchBodyT, BatchRowT, BatchT } from '@cchc/shared/api/activities';
import type { ChannelT, KindT } from '@cchc/shared/plan/vocabulary';

/*
 * The activity form and the monthly batch form as the officer types them (strings), and the checks that
 * turn them into what the API takes, with the reasons in words before anything is sent.
 */

/** Mirrors shared/src/api/activities.ts (MAX_COUNT, MAX_ATTENDEES), which builds TypeBox schemas and stays out of the bundle. */
export const MAX_NUMBER = 100_000;

export type ActivityDraft = {
  day: string;
  channel: ChannelT | '';
  kind: KindT | '';
  title: string;
  count: string;
  attendees: string;
  office: string;
  link: string;
  note: string;
};

export type DraftErrors = Partial<Record<keyof ActivityDraft, string>>;

/** A new entry of a month: today when the month is this one, else the month's last day (or first, if it is ahead). */
export function defaultDay(month: string, today: string): string {
  if (today.startsWith(month)) return today;
  if (month > today.slice(0, 7)) return `${month}-01`;
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}

export const emptyDraft = (day: string): ActivityDraft => ({
  day,
  channel: '',
  kind: '',
  title: '',
  count: '1',
  attendees: '0',
  office: '',
  link: '',
  note: '',
});

export const draftOf = (a: ActivityT): ActivityDraft => ({
  day: a.day,
  channel: a.channel,
  kind: a.kind,
  title: a.title,
  count: String(a.count),
  attendees: String(a.attendees),
  office: a.office,
  link: a.link ?? '',
  note: a.note,
});

/** A whole number from 0 to MAX_NUMBER typed in a box ("" counts as `empty`), or null. */
export function wholeNumber(text: string, empty = 0): number | null {
  const t = text.trim().replace(/[.\s]/g, '');
  if (t === '') return empty;
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return n <= MAX_NUMBER ? n : null;
}

const numberProblem = `Nhập một số nguyên từ 0 đến ${MAX_NUMBER.toLocaleString('vi-VN')}.`;

export function checkDraft(draft: ActivityDraft, today: string): { input: ActivityInputT | null; errors: DraftErrors } {
  const errors: DraftErrors = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.day)) errors.day = 'Nhập ngày theo dạng dd/mm/yyyy.';
  else if (draft.day > today) errors.day = 'Ngày thực hiện không được ở tương lai.';
  if (!draft.channel) errors.channel = 'Chọn kênh tuyên truyền.';
  if (!draft.kind) errors.kind = 'Chọn loại hoạt động.';
  const title = draft.title.trim();
  if (title.length < 2) errors.title = 'Nhập nội dung hoạt động (ít nhất 2 ký tự).';
  else if (title.length > 500) errors.title = 'Nội dung dài quá 500 ký tự.';
  const count = wholeNumber(draft.count, 1);
  if (count === null) errors.count = numberProblem;
  const attendees = wholeNumber(draft.attendees);
  if (attendees === null) errors.attendees = numberProblem;
  const link = draft.link.trim();
  if (link && !/^https?:\/\/\S+$/i.test(link)) errors.link = 'Đường dẫn cần bắt đầu bằng http:// hoặc https://, ví dụ https://binhgiang.haiphong.gov.vn/tin-tuc/….';
  if (draft.office.trim().length > 300) errors.office = 'Tên cơ quan dài quá 300 ký tự.';
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return {
    input: {
      day: draft.day,
      channel: draft.channel as ChannelT,
      kind: draft.kind as KindT,
      title,
      count: count!,
      attendees: attendees!,
      office: draft.office.trim(),
      link: link || null,
      note: draft.note.trim(),
    },
    errors,
  };
}

export type BatchRowDraft = { channel: ChannelT | ''; kind: KindT | ''; count: string; attendees: string; title: string };

export const emptyRow = (): BatchRowDraft => ({ channel: '', kind: '', count: '', attendees: '', title: '' });

/** An office's batch as its form rows (to prefill a re-send), or one empty row. */
export function rowsOf(batch: BatchT | undefined): BatchRowDraft[] {
  if (!batch || batch.items.length === 0) return [emptyRow()];
  // A row sent without a note got the server's title "Báo cáo tháng 11/2026 của …": it stays without one.
  const generated = `Báo cáo ${monthLabel(batch.month)} của ${batch.office}`;
  return batch.items.map((a) => ({
    channel: a.channel,
    kind: a.kind,
    count: String(a.count),
    attendees: a.attendees ? String(a.attendees) : '',
    title: a.title === generated ? '' : a.title,
  }));
}

const isBlank = (r: BatchRowDraft) => !r.channel && !r.kind && !r.count.trim() && !r.attendees.trim() && !r.title.trim();

/** The batch to send, or the problems by row ("Dòng 2: …"); blank rows are left out. */
export function checkBatch(office: string, rows: BatchRowDraft[]): { body: BatchBodyT | null; problems: string[] } {
  const problems: string[] = [];
  const name = office.trim();
  if (name.length < 2) problems.push('Nhập tên cơ quan, đơn vị báo cáo (ít nhất 2 ký tự).');
  const out: BatchRowT[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    if (isBlank(row)) return;
    const where = `Dòng ${i + 1}: `;
    if (row.channel && row.kind) {
      const first = seen.get(`${row.channel}/${row.kind}`);
      if (first !== undefined) problems.push(where + `trùng kênh và loại với dòng ${first + 1}; vui lòng gộp vào một dòng.`);
      else seen.set(`${row.channel}/${row.kind}`, i);
    }
    const count = wholeNumber(row.count, 0);
    const attendees = wholeNumber(row.attendees, 0);
    if (!row.channel) problems.push(where + 'chọn kênh.');
    if (!row.kind) problems.push(where + 'chọn loại.');
    if (count === null) problems.push(where + 'số lượng ' + numberProblem.toLowerCase());
    if (attendees === null) problems.push(where + 'số người tham dự ' + numberProblem.toLowerCase());
    if (row.title.trim().length > 500) problems.push(where + 'ghi chú dài quá 500 ký tự.');
    if (row.channel && row.kind && count !== null && attendees !== null) {
      out.push({ channel: row.channel, kind: row.kind, count, attendees, ...(row.title.trim() ? { title: row.title.trim() } : {}) });
    }
  });
  if (problems.length === 0 && out.length === 0) problems.push('Nhập ít nhất một dòng có kênh, loại và số lượng.');
  return problems.length ? { body: null, problems } : { body: { office: name, rows: out }, problems };
}

/** A failed save in words; `stale` when someone else saved first (409), so the form offers to reload. */
export function saveProblem(error: unknown): { text: string; stale: boolean } {
  // An ApiError of lib/api-client.ts (read by its shape, so this file stays free of the browser's import.meta).
  if (error instanceof Error && typeof (error as { status?: unknown }).status === 'number') {
    const status = (error as Error & { status: number }).status;
    if (status === 409) {
      return { text: 'Người khác vừa lưu thay đổi cho hoạt động này. Bấm “Tải lại” để xem bản mới nhất rồi sửa lại.', stale: true };
    }
    return { text: error.message, stale: false };
  }
  return { text: 'Chưa lưu được. Vui lòng thử lại.', stale: false };
}

/** "2026-11" → "tháng 11/2026". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `tháng ${Number(m)}/${y}`;
}

/** The month a "?month=" names, or this month in Viet Nam when it is missing or not a month. */
export function monthFromParam(param: string | null, today: string): string {
  return param && /^\d{4}-(0[1-9]|1[0-2])$/.test(param) ? param : today.slice(0, 7);
}
