import type { CurrentSurveyT, SubmitSurveyBodyT, SurveyQuestionT } from '@cchc/shared/api/satisfaction';

/*
 * The survey's arithmetic, apart from the screens: one step per SIPAS factor (its criteria, then its
 * satisfaction question), then a last step with overall satisfaction, expectations and a comment.
 */

export type SurveyStep = {
  key: string;
  /** The factor (1..5), or null for the last step. */
  factor: number | null;
  title: string;
  questions: SurveyQuestionT[];
};

export type Answers = Record<number, number>;

const byOrder = (a: SurveyQuestionT, b: SurveyQuestionT) => a.order - b.order || a.id - b.id;

export function surveySteps(survey: CurrentSurveyT): SurveyStep[] {
  const names = new Map(survey.factors.map((f) => [f.factor, f.name]));
  const factors = [...new Set([...survey.factors.map((f) => f.factor), ...survey.questions.flatMap((q) => (q.factor === null ? [] : [q.factor]))])].sort(
    (a, b) => a - b,
  );
  const steps: SurveyStep[] = [];
  for (const factor of factors) {
    const questions = survey.questions.filter((q) => q.factor === factor).sort(byOrder);
    if (questions.length > 0) steps.push({ key: `factor-${factor}`, factor, title: names.get(factor) ?? `Yếu tố ${factor}`, questions });
  }
  steps.push({ key: 'overall', factor: null, title: 'Đánh giá chung', questions: survey.questions.filter((q) => q.factor === null).sort(byOrder) });
  return steps;
}

/** The required questions of a step not answered yet. */
export function missingRequired(step: SurveyStep, answers: Answers): SurveyQuestionT[] {
  return step.questions.filter((q) => q.required && answers[q.id] === undefined);
}

export type SurveyContextT = NonNullable<SubmitSurveyBodyT['context']>;

/** The body of POST …/surveys/responses: only the answers given, the expectations in the set's order. */
export function surveyBody(
  survey: CurrentSurveyT,
  answers: Answers,
  expectations: readonly string[],
  comment: string,
  context: SurveyContextT,
): SubmitSurveyBodyT {
  const chosen = survey.expectations.map((e) => e.code).filter((code) => expectations.includes(code));
  const text = comment.normalize('NFC').trim();
  return {
    questionSetVersion: survey.questionSetVersion,
    answers: survey.questions.filter((q) => answers[q.id] !== undefined).sort(byOrder).map((q) => ({ questionId: q.id, value: answers[q.id] })),
    ...(chosen.length > 0 ? { expectations: chosen } : {}),
    ...(text ? { comment: text } : {}),
    ...(Object.keys(context).length > 0 ? { context } : {}),
  };
}

export const ALREADY_ANSWERED = 'Bạn đã đánh giá giao dịch này rồi. Cảm ơn bạn đã góp ý!';

/** What the citizen reads when the answers were not taken: a second answer for the same transaction is said plainly. */
export function surveyErrorMessage(error: unknown): string {
  // The API client's ApiError (duck-typed: this module stays free of the client and of Zalo's SDK).
  if (typeof error === 'object' && error !== null && 'status' in error && 'code' in error && error instanceof Error) {
    const { status, code } = error as Error & { status: number; code: string };
    if (status === 409) return ALREADY_ANSWERED;
    if (status === 429) return code === 'HTTP_429' ? 'Bạn gửi quá nhiều lần. Vui lòng đợi một lát rồi thử lại.' : error.message;
    return error.message;
  }
  return 'Chưa gửi được đánh giá. Vui lòng thử lại.';
}

/** The scale's word for a value (from the survey's own scale). */
export function scaleLabel(survey: Pick<CurrentSurveyT, 'scale'>, value: number): string {
  return survey.scale.find((s) => s.value === value)?.label ?? String(value);
}
