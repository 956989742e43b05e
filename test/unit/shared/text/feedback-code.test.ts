import { describe, expect, it } from 'vitest';
import { canonicalFeedbackCode, normalizeFeedbackCode } from '../../../../shared/src/text/feedback-code.ts';

describe('a tracking code as people say it', () => {
  it.each([
    'PA-2612-6K7ZM',
    'pa-2612-6k7zm',
    'pa 2612 6k7zm',
    'PA26126K7ZM',
    'pa26126k7zm',
    'PA - 2612 - 6K7ZM',
    '  PA – 2612 — 6K7ZM ',
    'pa.2612.6k7zm',
    'PA_2612_6K7ZM',
    'PA/2612/6K7ZM',
    'PA2612-6K7ZM',
    'P A 2 6 1 2 6 K 7 Z M',
    'ＰＡ－２６１２－６Ｋ７ＺＭ',
  ])('%s → PA-2612-6K7ZM', (typed) => {
    expect(normalizeFeedbackCode(typed)).toBe('PA-2612-6K7ZM');
  });

  it('keeps the kind: KN stays KN', () => {
    expect(normalizeFeedbackCode('kn 2601 abcde')).toBe('KN-2601-ABCDE');
  });

  it.each(['', 'PA-2612', 'XX-2612-6K7ZM', 'PA-26X2-6K7ZM', 'PA-2612-6K7Z', 'PA-2612-6K7ZMM', 'PA-2612-0K7ZM', 'PA-2612-6K7IM', 'PA 2612 6K7ZM thêm'])(
    '%s is not a code',
    (typed) => {
      expect(normalizeFeedbackCode(typed)).toBeNull();
    },
  );

  it('refuses very long input without scanning it', () => {
    expect(normalizeFeedbackCode(`PA-2612-6K7ZM${' '.repeat(200)}`)).toBeNull();
  });

  it('canonical: a code when it is one, else the text trimmed and upper-cased', () => {
    expect(canonicalFeedbackCode(' pa 2612 6k7zm ')).toBe('PA-2612-6K7ZM');
    expect(canonicalFeedbackCode(' abc ')).toBe('ABC');
  });
});
