import { describe, expect, it } from 'vitest';
import type { ActivityT, BatchT } from '@cchc/shared/api/activities';
import {
  checkBatch,
  checkDraft,
  defaultDay,
  draftOf,
  emptyDraft,
  emptyRow,
  monthFromParam,
  monthLabel,
  rowsOf,
  saveProblem,
  wholeNumber,
} from '../../../../../../../miniapp/src/console/features/activities/lib/activity-draft.ts';

const TODAY = '2026-12-02';
const activity: ActivityT = {
  id: 7,
  day: '2026-11-20',
  channel: 'hoi_nghi',
  kind: 'hoi_nghi',
  title: 'Hội nghị tuyên truyền CCHC',
  link: null,
  count: 1,
  attendees: 120,
  office: 'Văn phòng UBND xã',
  note: '',
  batchMonth: null,
  evidence: null,
  version: 3,
};

describe('the activity form', () => {
  it('starts a month on today, its last day when past, its first when ahead', () => {
    expect(defaultDay('2026-12', TODAY)).toBe(TODAY);
    expect(defaultDay('2026-11', TODAY)).toBe('2026-11-30');
    expect(defaultDay('2024-02', TODAY)).toBe('2024-02-29');
    expect(defaultDay('2027-01', TODAY)).toBe('2027-01-01');
  });

  it('turns a complete draft into the API input, trimmed, count 1 when left empty, no link as null', () => {
    const draft = { ...emptyDraft('2026-11-20'), channel: 'fanpage' as const, kind: 'tin_bai' as const, title: '  Bài về dịch vụ công  ', count: '' };
    const { input, errors } = checkDraft(draft, TODAY);
    expect(errors).toEqual({});
    expect(input).toEqual({ day: '2026-11-20', channel: 'fanpage', kind: 'tin_bai', title: 'Bài về dịch vụ công', count: 1, attendees: 0, office: '', link: null, note: '' });
  });

  it('says in words what is missing or wrong, and sends nothing', () => {
    const { input, errors } = checkDraft({ ...emptyDraft('2026-12-05'), title: 'a', count: '-2', attendees: '200000', link: 'zalo.me/x' }, TODAY);
    expect(input).toBeNull();
    expect(errors.day).toMatch(/tương lai/);
    expect(errors.channel).toMatch(/kênh/);
    expect(errors.kind).toMatch(/loại/);
    expect(errors.title).toMatch(/ít nhất 2/);
    expect(errors.count).toMatch(/số nguyên/);
    expect(errors.attendees).toMatch(/100\.000/);
    expect(errors.link).toMatch(/https:\/\//);
  });

  it('edits an entry from what the server gave', () => {
    expect(draftOf(activity)).toMatchObject({ day: '2026-11-20', count: '1', attendees: '120', link: '', office: 'Văn phòng UBND xã' });
  });

  it('reads whole numbers with thousands dots, and nothing else', () => {
    expect(wholeNumber('1.200')).toBe(1200);
    expect(wholeNumber('')).toBe(0);
    expect(wholeNumber('', 1)).toBe(1);
    expect(wholeNumber('2,5')).toBeNull();
    expect(wholeNumber('100001')).toBeNull();
  });
});

describe('the monthly batch form', () => {
  it('leaves blank rows out and keeps a row title only when typed', () => {
    const rows = [
      { channel: 'dai_truyen_thanh' as const, kind: 'tin_bai' as const, count: '12', attendees: '', title: '' },
      emptyRow(),
      { channel: 'hoi_nghi' as const, kind: 'hoi_nghi' as const, count: '2', attendees: '150', title: 'Lồng ghép họp thôn' },
    ];
    expect(checkBatch(' Văn phòng UBND xã ', rows)).toEqual({
      body: {
        office: 'Văn phòng UBND xã',
        rows: [
          { channel: 'dai_truyen_thanh', kind: 'tin_bai', count: 12, attendees: 0 },
          { channel: 'hoi_nghi', kind: 'hoi_nghi', count: 2, attendees: 150, title: 'Lồng ghép họp thôn' },
        ],
      },
      problems: [],
    });
  });

  it('names the office and the rows that are not complete', () => {
    const { body, problems } = checkBatch('', [{ ...emptyRow(), count: '3' }, { ...emptyRow(), channel: 'fanpage', kind: 'tin_bai', count: 'x' }]);
    expect(body).toBeNull();
    expect(problems).toEqual([
      expect.stringMatching(/tên cơ quan/),
      'Dòng 1: chọn kênh.',
      'Dòng 1: chọn loại.',
      expect.stringMatching(/^Dòng 2: số lượng/),
    ]);
    expect(checkBatch('Phòng Văn hóa', [emptyRow()]).problems).toEqual([expect.stringMatching(/ít nhất một dòng/)]);
  });

  it("prefills a re-send from the office's earlier batch", () => {
    const batch: BatchT = { month: '2026-11', office: 'Văn phòng UBND xã', day: '2026-11-30', items: [{ ...activity, attendees: 0, batchMonth: '2026-11' }] };
    expect(rowsOf(batch)).toEqual([{ channel: 'hoi_nghi', kind: 'hoi_nghi', count: '1', attendees: '', title: 'Hội nghị tuyên truyền CCHC' }]);
    expect(rowsOf(undefined)).toEqual([emptyRow()]);
    const untitled = { ...batch, items: [{ ...activity, title: 'Báo cáo tháng 11/2026 của Văn phòng UBND xã', batchMonth: '2026-11' }] };
    expect(rowsOf(untitled)[0]!.title).toBe('');
  });

  it('asks to merge two rows of the same channel and kind (the server takes one)', () => {
    const row = { channel: 'fanpage' as const, kind: 'tin_bai' as const, count: '2', attendees: '', title: '' };
    expect(checkBatch('Phòng Văn hóa', [row, emptyRow(), { ...row, count: '3' }]).problems).toEqual(['Dòng 3: trùng kênh và loại với dòng 1; vui lòng gộp vào một dòng.']);
  });
});

/** What lib/api-client.ts rejects with: an Error with the HTTP status and the server's words. */
const apiError = (message: string, status: number) => Object.assign(new Error(message), { name: 'ApiError', code: 'X', status });

describe('words around the forms', () => {
  it('a stale save (409) says someone else saved and asks to reload; other errors keep the server words', () => {
    expect(saveProblem(apiError('x', 409))).toEqual({ text: expect.stringMatching(/Người khác vừa lưu.*Tải lại/), stale: true });
    expect(saveProblem(apiError('Ngày không thuộc kế hoạch nào.', 400))).toEqual({ text: 'Ngày không thuộc kế hoạch nào.', stale: false });
    expect(saveProblem(new TypeError('boom'))).toEqual({ text: 'Chưa lưu được. Vui lòng thử lại.', stale: false });
  });

  it('months: the label, and this month when ?month= is missing or wrong', () => {
    expect(monthLabel('2026-11')).toBe('tháng 11/2026');
    expect(monthFromParam('2026-11', TODAY)).toBe('2026-11');
    expect(monthFromParam('2026-13', TODAY)).toBe('2026-12');
    expect(monthFromParam(null, TODAY)).toBe('2026-12');
  });
});
