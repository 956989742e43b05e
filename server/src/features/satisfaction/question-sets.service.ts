import type { Kysely } from 'kysely';
import type { QuestionSetDetailT, QuestionSetInputT, QuestionSetSummaryT, SurveyQuestionT } from '@cchc/shared/api/satisfaction';
import type { Executor } from '../../db/executor.ts';
import type { DB } from '../../db/schema.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../../lib/domain-errors.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import { DEFAULT_EXPECTATIONS, DEFAULT_INTRO, DEFAULT_QUESTIONS, DEFAULT_SOURCE, DEFAULT_TITLE } from './default-question-set.ts';
import * as repo from './satisfaction.repository.ts';

export const toQuestion = (q: repo.QuestionRow): SurveyQuestionT => ({
  id: q.id, code: q.code, factor: q.factor, kind: q.kind, text: q.text, required: q.required, order: q.position,
});

const setNotFound = () => new NotFoundError('NOT_FOUND', 'Không tìm thấy bộ câu hỏi này. Vui lòng tải lại danh sách.');

/** The city's open set; the default one (version 1, or after the last) when none is open. */
export async function ensureOpenSet(db: Kysely<DB>, cityId: number): Promise<repo.QuestionSetRow> {
  const found = await repo.findOpenSet(db, cityId);
  if (found) return found;
  await db.transaction().execute(async (tx) => {
    await repo.lockSets(tx, cityId);
    if (await repo.findOpenSet(tx, cityId)) return;
    const id = await repo.insertSet(tx, {
      cityId, version: (await repo.maxVersion(tx, cityId)) + 1, status: 'open',
      title: DEFAULT_TITLE, intro: DEFAULT_INTRO, source: DEFAULT_SOURCE, expectations: DEFAULT_EXPECTATIONS,
    });
    await repo.replaceQuestions(tx, id, DEFAULT_QUESTIONS.map((q, i) => ({ ...q, position: i + 1 })));
  });
  return (await repo.findOpenSet(db, cityId))!;
}

/**
 * The city's versioned question sets (one current set for every unit of the city): the
 * default set after SIPAS is created on first use; a city administrator makes a draft from
 * the current set, edits it, and opens it, which closes the previous one. Answers keep the
 * version (and the question rows) they were given on.
 */
export class QuestionSetsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly units: UnitDirectory,
  ) {}

  /** The city a unit belongs to (a city is its own). */
  async cityOf(unitSlug: string): Promise<{ id: number; slug: string; name: string }> {
    const unit = await this.units.get(unitSlug);
    const city = unit.summary.kind === 'city' || !unit.summary.parentSlug ? unit : await this.units.get(unit.summary.parentSlug);
    return { id: city.id, slug: city.slug, name: city.summary.name };
  }

  /** The open set of the city, creating the default one when the city has none yet. */
  async current(cityId: number): Promise<{ set: repo.QuestionSetRow; questions: repo.QuestionRow[] }> {
    const set = await ensureOpenSet(this.db, cityId);
    return { set, questions: await repo.listQuestions(this.db, [set.id]) };
  }

  async list(cityId: number): Promise<{ items: QuestionSetSummaryT[] }> {
    await this.current(cityId);
    const sets = await repo.listSets(this.db, cityId);
    const counts = await repo.responseCounts(this.db, sets.map((s) => s.id));
    return { items: sets.map((s) => summary(s, counts.get(s.id) ?? 0)) };
  }

  async get(cityId: number, id: number): Promise<QuestionSetDetailT> {
    const set = await repo.findSet(this.db, id);
    if (!set || set.city_id !== cityId) throw setNotFound();
    const [questions, counts] = await Promise.all([repo.listQuestions(this.db, [id]), repo.responseCounts(this.db, [id])]);
    return detail(set, questions, counts.get(id) ?? 0);
  }

  /** A new draft copied from the current set (one draft at a time). */
  async createDraft(cityId: number): Promise<QuestionSetDetailT> {
    const { set: current, questions } = await this.current(cityId);
    const id = await this.db.transaction().execute(async (tx) => {
      await repo.lockSets(tx, cityId);
      if ((await repo.listSets(tx, cityId)).some((s) => s.status === 'draft')) {
        throw new ConflictError('CONFLICT', 'Đã có một bản nháp bộ câu hỏi. Hãy sửa hoặc mở bản nháp đó trước khi tạo bản mới.');
      }
      const draft = await repo.insertSet(tx, {
        cityId, version: (await repo.maxVersion(tx, cityId)) + 1, status: 'draft',
        title: current.title, intro: current.intro, source: current.source, expectations: current.expectations,
      });
      await repo.replaceQuestions(tx, draft, questions.map(({ code, factor, kind, text, required, position }) => ({ code, factor, kind, text, required, position })));
      return draft;
    });
    return this.get(cityId, id);
  }

  async update(cityId: number, id: number, input: QuestionSetInputT): Promise<QuestionSetDetailT> {
    await this.checkInput(this.db, cityId, input);
    await this.db.transaction().execute(async (tx) => {
      await repo.lockSets(tx, cityId);
      const set = await repo.findSet(tx, id);
      if (!set || set.city_id !== cityId) throw setNotFound();
      if (set.status !== 'draft') throw new ConflictError('CONFLICT', 'Chỉ sửa được bản nháp. Bộ câu hỏi đã mở hoặc đã đóng giữ nguyên để đọc lại các phiếu đã trả lời; hãy tạo bản nháp mới.');
      await repo.updateSet(tx, id, { title: input.title.trim(), intro: input.intro.trim(), source: input.source.trim(), expectations: input.expectations });
      await repo.replaceQuestions(tx, id, input.questions.map((q, i) => ({ code: q.code, factor: q.kind === 'overall' ? null : q.factor, kind: q.kind, text: q.text.trim(), required: q.required, position: i + 1 })));
    });
    return this.get(cityId, id);
  }

  /** Opens a draft: the previous open set closes in the same transaction. */
  async open(cityId: number, id: number): Promise<QuestionSetDetailT> {
    await this.current(cityId);
    await this.db.transaction().execute(async (tx) => {
      await repo.lockSets(tx, cityId);
      const set = await repo.findSet(tx, id);
      if (!set || set.city_id !== cityId) throw setNotFound();
      if (set.status !== 'draft') throw new ConflictError('CONFLICT', 'Chỉ mở được bản nháp.');
      const questions = await repo.listQuestions(tx, [id]);
      await this.checkInput(tx, cityId, { expectations: set.expectations, questions });
      const now = new Date();
      await repo.closeOpenSet(tx, cityId, now);
      await repo.openSet(tx, id, now);
    });
    return this.get(cityId, id);
  }

  /**
   * A set must ask the overall question and one satisfaction question per factor it covers,
   * with unique codes; a code keeps its kind and factor across versions (figures of several
   * versions meet on it).
   */
  private async checkInput(db: Executor, cityId: number, input: { questions: QuestionSetInputT['questions']; expectations: QuestionSetInputT['expectations'] }): Promise<void> {
    const bad = (message: string) => new InvalidInputError('VALIDATION_FAILED', message);
    const codes = new Set<string>();
    for (const q of input.questions) {
      if (codes.has(q.code)) throw bad(`Mã câu hỏi "${q.code}" bị trùng. Mỗi câu hỏi cần một mã riêng.`);
      codes.add(q.code);
      if (q.kind !== 'overall' && q.factor === null) throw bad(`Câu hỏi "${q.code}" cần chọn yếu tố (1–5).`);
    }
    if (!input.questions.some((q) => q.kind === 'overall')) throw bad('Bộ câu hỏi cần có câu hỏi về mức độ hài lòng chung.');
    const factors = new Set(input.questions.filter((q) => q.kind !== 'overall').map((q) => q.factor));
    for (const f of factors) {
      if (!input.questions.some((q) => q.kind === 'satisfaction' && q.factor === f)) throw bad(`Yếu tố ${f} cần có một câu hỏi về mức độ hài lòng.`);
    }
    const expectationCodes = new Set<string>();
    for (const e of input.expectations) {
      if (expectationCodes.has(e.code)) throw bad(`Mã mong đợi "${e.code}" bị trùng.`);
      expectationCodes.add(e.code);
    }
    const known = new Map((await repo.questionCodes(db, cityId)).map((q) => [q.code, q]));
    for (const q of input.questions) {
      const before = known.get(q.code);
      const factor = q.kind === 'overall' ? null : q.factor;
      if (before && (before.kind !== q.kind || before.factor !== factor)) {
        throw bad(`Mã "${q.code}" đã dùng cho một câu hỏi khác loại hoặc khác yếu tố ở phiên bản trước. Hãy đặt mã mới cho câu hỏi này.`);
      }
    }
  }
}

function summary(s: repo.QuestionSetRow, responses: number): QuestionSetSummaryT {
  return {
    id: s.id,
    version: s.version,
    status: s.status,
    title: s.title,
    createdAt: s.created_at.toISOString(),
    openedAt: s.opened_at?.toISOString() ?? null,
    closedAt: s.closed_at?.toISOString() ?? null,
    responses,
  };
}

function detail(s: repo.QuestionSetRow, questions: repo.QuestionRow[], responses: number): QuestionSetDetailT {
  return { ...summary(s, responses), intro: s.intro, source: s.source, questions: questions.map(toQuestion), expectations: s.expectations };
}
