import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { SATISFACTION_SCALE, SIPAS_FACTORS, SURVEY_COMMENT_MAX, type CurrentSurveyT, type SubmitSurveyBodyT, type SubmitSurveyResultT } from '@cchc/shared/api/satisfaction';
import { vietnamDay } from '@cchc/shared/plan/periods';
import type { DB } from '../../db/schema.ts';
import { ConflictError, InvalidInputError } from '../../lib/domain-errors.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import { MAX_EXPECTATIONS } from './default-question-set.ts';
import type { QuestionSetsService } from './question-sets.service.ts';
import { toQuestion } from './question-sets.service.ts';
import * as repo from './satisfaction.repository.ts';

const bad = (message: string) => new InvalidInputError('VALIDATION_FAILED', message);

/**
 * The citizen's side of the survey: the current questions, and one response per citizen per
 * transaction (a PAKN by its code; else a procedure at a desk on a day). The citizen's key is
 * stored only as an HMAC under the server's secret, never as it is.
 */
export class SurveyService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly units: UnitDirectory,
    private readonly sets: QuestionSetsService,
    private readonly secret: () => Promise<Buffer>,
    private readonly feedback: { ofUnit(unitId: number, typed: string): Promise<string | null> },
  ) {}

  async current(unitSlug: string): Promise<CurrentSurveyT> {
    const unit = await this.units.get(unitSlug);
    const city = await this.sets.cityOf(unitSlug);
    const { set, questions } = await this.sets.current(city.id);
    return {
      unit: { slug: unit.slug, name: unit.summary.name },
      questionSetVersion: set.version,
      title: set.title,
      intro: set.intro,
      source: set.source,
      scale: SATISFACTION_SCALE.map((s) => ({ ...s })),
      factors: SIPAS_FACTORS.map((f) => ({ ...f })),
      questions: questions.map(toQuestion),
      expectations: set.expectations,
      maxExpectations: MAX_EXPECTATIONS,
      commentMaxLength: SURVEY_COMMENT_MAX,
    };
  }

  async submit(unitSlug: string, body: SubmitSurveyBodyT, citizenKey: string, now = new Date()): Promise<SubmitSurveyResultT> {
    const unit = await this.units.get(unitSlug);
    const city = await this.sets.cityOf(unitSlug);
    await this.sets.current(city.id);
    const set = await repo.findSetByVersion(this.db, city.id, body.questionSetVersion);
    if (!set || set.status === 'draft') throw bad('Phiếu khảo sát không đúng phiên bản. Vui lòng tải lại trang để nhận phiếu mới.');
    if (set.status !== 'open') throw new ConflictError('CONFLICT', 'Phiếu khảo sát này đã được thay bằng phiếu mới. Vui lòng tải lại trang và trả lời phiếu mới.');
    const questions = await repo.listQuestions(this.db, [set.id]);
    const byId = new Map(questions.map((q) => [q.id, q]));
    const seen = new Set<number>();
    for (const a of body.answers) {
      if (!byId.has(a.questionId)) throw bad('Phiếu có câu trả lời cho câu hỏi không thuộc phiếu khảo sát này. Vui lòng tải lại trang.');
      if (seen.has(a.questionId)) throw bad('Mỗi câu hỏi chỉ được trả lời một lần.');
      seen.add(a.questionId);
    }
    const missing = questions.filter((q) => q.required && !seen.has(q.id));
    if (missing.length > 0) throw bad(`Vui lòng trả lời câu hỏi bắt buộc: "${missing[0].text}".`);
    const expectations = body.expectations ?? [];
    const known = new Set(set.expectations.map((e) => e.code));
    if (expectations.some((e) => !known.has(e))) throw bad('Có mong đợi không thuộc danh sách của phiếu. Vui lòng tải lại trang.');
    if (expectations.length > MAX_EXPECTATIONS) throw bad(`Vui lòng chọn tối đa ${MAX_EXPECTATIONS} điều mong muốn cải thiện nhất.`);

    const context = body.context ?? {};
    const day = vietnamDay(now);
    const typedCode = context.feedbackCode?.trim() || null;
    const feedbackCode = typedCode === null ? null : await this.feedback.ofUnit(unit.id, typedCode);
    if (typedCode !== null && feedbackCode === null) {
      throw bad(`Không tìm thấy phản ánh, kiến nghị mã "${typedCode.slice(0, 20)}" của ${unit.summary.name}. Vui lòng mở phiếu từ trang của phản ánh, kiến nghị đó hoặc kiểm tra lại mã.`);
    }
    const procedureCode = context.procedureCode?.trim() || null;
    const desk = context.desk?.trim() || null;
    const transactionKey = feedbackCode ? `pakn:${feedbackCode}` : `tthc:${procedureCode ?? ''}|${desk ?? ''}|${day}`;
    const respondentHash = crypto.createHmac('sha256', await this.secret()).update(`survey:${citizenKey}`).digest('base64url');
    const comment = body.comment?.trim() || null;

    const id = await this.db.transaction().execute((tx) => repo.insertResponse(tx, {
      unitId: unit.id,
      questionSetId: set.id,
      receivedAt: now,
      receivedDay: day,
      procedureCode,
      feedbackCode,
      desk,
      respondentHash,
      transactionKey,
      expectations,
      comment,
      answers: body.answers,
    }));
    if (id === null) {
      throw new ConflictError('CONFLICT', feedbackCode
        ? 'Bạn đã gửi đánh giá cho phản ánh này rồi. Cảm ơn bạn!'
        : 'Bạn đã gửi đánh giá cho lần giải quyết thủ tục này hôm nay rồi. Cảm ơn bạn!');
    }
    return { id, receivedAt: now.toISOString(), message: 'Cảm ơn Ông/Bà đã đánh giá. Ý kiến đã được ghi nhận.' };
  }
}
