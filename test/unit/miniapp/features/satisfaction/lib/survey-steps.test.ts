import type { CurrentSurveyT } from '@cchc/shared/api/satisfaction';
import { describe, expect, it } from 'vitest';

/** The API client's error, as the Mini App throws it (name, message, code, status). */
class ApiError extends Error {
  constructor(message: string, readonly code: string, readonly status: number) {
    super(message);
  }
}
import {
  ALREADY_ANSWERED,
  missingRequired,
  surveyBody,
  surveyErrorMessage,
  surveySteps,
} from '../../../../../../miniapp/src/features/satisfaction/lib/survey-steps.ts';

const q = (id: number, factor: number | null, kind: 'criterion' | 'satisfaction' | 'overall', order: number, required = false) => ({
  id,
  code: `Q${id}`,
  factor,
  kind,
  text: `Câu ${id}`,
  required,
  order,
});

const survey: CurrentSurveyT = {
  unit: { slug: 'binh-giang', name: 'Xã Bình Giang' },
  questionSetVersion: 3,
  title: 'Khảo sát',
  intro: '',
  source: 'Quyết định 1001/QĐ-BNV',
  scale: [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) })),
  factors: [
    { factor: 1, name: 'Tiếp cận dịch vụ' },
    { factor: 2, name: 'Thủ tục hành chính' },
    { factor: 3, name: 'Công chức' },
  ],
  // Out of order on purpose; factor 3 has no question and gets no step.
  questions: [q(5, null, 'overall', 9, true), q(2, 1, 'satisfaction', 2, true), q(1, 1, 'criterion', 1), q(4, 2, 'satisfaction', 5, true), q(3, 2, 'criterion', 4)],
  expectations: [
    { code: 'E1', text: 'Rút ngắn thời gian' },
    { code: 'E2', text: 'Thái độ' },
  ],
  maxExpectations: 2,
  commentMaxLength: 2000,
};

describe('the survey, one factor per step', () => {
  it('groups the questions by factor in order, the overall question last', () => {
    const steps = surveySteps(survey);
    expect(steps.map((s) => s.key)).toEqual(['factor-1', 'factor-2', 'overall']);
    expect(steps[0].title).toBe('Tiếp cận dịch vụ');
    expect(steps[0].questions.map((x) => x.id)).toEqual([1, 2]);
    expect(steps[2].questions.map((x) => x.id)).toEqual([5]);
  });

  it('holds a step until its required questions are answered', () => {
    const [first] = surveySteps(survey);
    expect(missingRequired(first, { 1: 4 }).map((x) => x.id)).toEqual([2]);
    expect(missingRequired(first, { 2: 5 })).toEqual([]);
  });

  it('sends the answers given, the expectations in the set order, the comment trimmed, the context', () => {
    const body = surveyBody(survey, { 5: 4, 1: 2, 2: 5 }, ['E2', 'E1'], '  Tốt  ', { desk: 'Quầy 1' });
    expect(body).toEqual({
      questionSetVersion: 3,
      answers: [
        { questionId: 1, value: 2 },
        { questionId: 2, value: 5 },
        { questionId: 5, value: 4 },
      ],
      expectations: ['E1', 'E2'],
      comment: 'Tốt',
      context: { desk: 'Quầy 1' },
    });
    const bare = surveyBody(survey, { 5: 3 }, [], '   ', {});
    expect(bare).toEqual({ questionSetVersion: 3, answers: [{ questionId: 5, value: 3 }] });
  });

  it('says plainly that a transaction was already rated, and passes the server\'s words otherwise', () => {
    expect(surveyErrorMessage(new ApiError('x', 'CONFLICT', 409))).toBe(ALREADY_ANSWERED);
    expect(surveyErrorMessage(new ApiError('Bạn gửi quá nhanh, đợi 1 phút.', 'RATE_LIMITED', 429))).toBe('Bạn gửi quá nhanh, đợi 1 phút.');
    expect(surveyErrorMessage(new ApiError('Thiếu câu trả lời bắt buộc.', 'INVALID', 400))).toBe('Thiếu câu trả lời bắt buộc.');
    expect(surveyErrorMessage(new Error('boom'))).toBe('Chưa gửi được đánh giá. Vui lòng thử lại.');
  });
});
