import type { QuestionSetDetailT, QuestionSetInputT } from '@cchc/shared/api/satisfaction';

/** A draft as the editor holds it: the detail's texts, questions in order (their codes keep figures comparable). */
export function inputOf(set: QuestionSetDetailT): QuestionSetInputT {
  return {
    title: set.title,
    intro: set.intro,
    source: set.source,
    questions: [...set.questions]
      .sort((a, b) => a.order - b.order || a.id - b.id)
      .map((q) => ({ code: q.code, factor: q.factor, kind: q.kind, text: q.text, required: q.required })),
    expectations: set.expectations.map((e) => ({ code: e.code, text: e.text })),
  };
}

/** Texts normalised as the server keeps them (NFC, trimmed). */
export function cleanInput(input: QuestionSetInputT): QuestionSetInputT {
  const clean = (s: string) => s.normalize('NFC').trim();
  return {
    title: clean(input.title),
    intro: clean(input.intro),
    source: clean(input.source),
    questions: input.questions.map((q) => ({ ...q, code: q.code.trim(), text: clean(q.text) })),
    expectations: input.expectations.map((e) => ({ code: e.code.trim(), text: clean(e.text) })),
  };
}

export const STATUS_LABELS = { draft: 'Bản nháp', open: 'Đang dùng', closed: 'Đã đóng' } as const;
export const KIND_LABELS = { criterion: 'Tiêu chí', satisfaction: 'Hài lòng về yếu tố', overall: 'Hài lòng chung' } as const;
