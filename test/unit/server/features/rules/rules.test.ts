import { describe, expect, it } from 'vitest';
import { normalizeVietnamPhone } from '@cchc/shared/text/phone';
import { answerDeadline, answerWorkingDays, DEFAULT_ANSWER_WORKING_DAYS, NOTICE_WORKING_DAYS, TRANSFER_WORKING_DAYS, transferDays } from '../../../../../server/src/features/rules/deadlines.ts';
import { DEFAULT_TOPIC_NAMES, defaultTopics, topicCode } from '../../../../../server/src/features/rules/default-topics.ts';
import { seesIdentity } from '../../../../../server/src/features/feedback/identity-policy.ts';
import { maskedText as redactPersonalData } from '../../../../../shared/src/privacy/mask-personal-data.ts';

describe('deadlines', () => {
  it('defaults to the legal periods', () => {
    expect(TRANSFER_WORKING_DAYS).toBe(5);
    expect(NOTICE_WORKING_DAYS).toBe(10);
    expect(transferDays({ transferWorkingDays: 3, noticeWorkingDays: null })).toBe(3);
    expect(transferDays(undefined)).toBe(5);
    expect(DEFAULT_ANSWER_WORKING_DAYS).toEqual({ khan: 1, binh_thuong: 10, phuc_tap: 10 });
    expect(answerWorkingDays([], 3, 'binh_thuong')).toBe(10);
  });

  it('takes the most specific rule of the unit', () => {
    const rules = [
      { topicId: null, severity: 'phuc_tap' as const, workingDays: 20 },
      { topicId: 3, severity: 'phuc_tap' as const, workingDays: 30 },
      { topicId: 3, severity: 'khan' as const, workingDays: 0 },
    ];
    expect(answerWorkingDays(rules, 3, 'phuc_tap')).toBe(30);
    expect(answerWorkingDays(rules, 4, 'phuc_tap')).toBe(20);
    expect(answerWorkingDays(rules, 3, 'khan')).toBe(0);
    expect(answerWorkingDays(rules, 4, 'khan')).toBe(1);
  });

  it('times khẩn in working hours unless the unit set a khẩn rule in days', () => {
    expect(answerDeadline([], 3, 'khan', 8)).toEqual({ workingDays: null, workingHours: 8 });
    expect(answerDeadline([{ topicId: 3, severity: 'khan', workingDays: 2 }], 3, 'khan', 8)).toEqual({ workingDays: 2, workingHours: null });
    expect(answerDeadline([{ topicId: 3, severity: 'khan', workingDays: 2 }], 4, 'khan', 8)).toEqual({ workingDays: null, workingHours: 8 });
    expect(answerDeadline([], 3, 'binh_thuong', 8)).toEqual({ workingDays: 10, workingHours: null });
  });
});

describe('default topics', () => {
  it('are the issue list, in order, with kebab-case Open311 codes', () => {
    expect(DEFAULT_TOPIC_NAMES[0]).toBe('Thủ tục hành chính');
    expect(DEFAULT_TOPIC_NAMES.at(-1)).toBe('Khác');
    expect(defaultTopics().map((t) => t.code)).toEqual([
      'thu-tuc-hanh-chinh',
      'thai-do-trach-nhiem-cua-can-bo',
      'ha-tang-giao-thong',
      'moi-truong',
      'an-ninh-trat-tu',
      'chinh-sach-phap-luat',
      'khac',
    ]);
    expect(topicCode('Đất đai, xây dựng')).toBe('dat-dai-xay-dung');
  });
});

describe('redaction of published text', () => {
  it.each([
    ['Gọi tôi số 0912 345 678 nhé', 'Gọi tôi số 09xx xxx xxx nhé'],
    ['sđt 0912345678.', 'sđt 09xxxxxxxx.'],
    ['liên hệ +84 912.345.678', 'liên hệ +84 xxx.xxx.xxx'],
    ['máy bàn 0225 3999 011', 'máy bàn 02xx xxxx xxx'],
    ['email nguyenvana@gmail.com giúp', 'email [email đã ẩn] giúp'],
    ['CCCD 031085001234 của tôi', 'CCCD 03xxxxxxxxxx của tôi'],
  ])('%s', (input, expected) => {
    expect(redactPersonalData(input)).toBe(expected);
  });

  it('leaves dates, amounts and document numbers alone', () => {
    const text = 'Ngày 12/05/2026, Quyết định số 123/QĐ-UBND, phí 15.000 đồng, tổ 7';
    expect(redactPersonalData(text)).toBe(text);
  });
});

describe('hidden identity', () => {
  const item = { hideIdentity: true, status: 'moi' as const, unitId: 1, transferredFromUnitId: null };

  it('is visible to the receiving desk while the item is new', () => {
    for (const role of ['officer', 'leader', 'unit_admin'] as const) expect(seesIdentity({ role, unitId: 1 }, item)).toBe(true);
  });

  it('is hidden from handling after classification, assignment or transfer', () => {
    expect(seesIdentity({ role: 'officer', unitId: 1 }, { ...item, status: 'da_tiep_nhan' })).toBe(false);
    expect(seesIdentity({ role: 'leader', unitId: 1 }, { ...item, status: 'dang_xu_ly' })).toBe(false);
    expect(seesIdentity({ role: 'officer', unitId: 2 }, { ...item, status: 'da_chuyen', unitId: 2, transferredFromUnitId: 1 })).toBe(false);
    expect(seesIdentity({ role: 'officer', unitId: 2 }, { ...item, unitId: 2, transferredFromUnitId: 1 })).toBe(false);
  });

  it('is always visible to the city administrator and when not asked to hide', () => {
    expect(seesIdentity({ role: 'city_admin', unitId: 99 }, { ...item, status: 'dang_xu_ly' })).toBe(true);
    expect(seesIdentity({ role: 'officer', unitId: 1 }, { ...item, hideIdentity: false, status: 'dang_xu_ly' })).toBe(true);
  });
});

describe('phone numbers as citizens write them', () => {
  it.each([
    ['0912 345 678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['84912345678', '0912345678'],
    ['(0225) 3999 011', '02253999011'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeVietnamPhone(input)).toBe(expected);
  });

  it.each(['12345', '0912 345', '1912345678', '0912345678901'])('refuses %s', (input) => {
    expect(normalizeVietnamPhone(input)).toBeNull();
  });
});
