/**
 * Satisfaction (issue 10): SIPAS-style surveys (Quyết định 1001/QĐ-BNV, 2023; Đề án 2640/QĐ-BNV, 2017)
 * and the three satisfaction ratios of Quyết định 766/QĐ-TTg (2022).
 *
 * Public:  GET  /api/v1/units/{unit}/surveys/current
 *          POST /api/v1/units/{unit}/surveys/responses
 *          GET  /api/v1/units/{unit}/satisfaction?from=&to=          (only when the unit publishes)
 * Console: GET  /api/v1/console/units/{unit}/satisfaction?period=|from=&to=[&granularity=]
 *          GET  /api/v1/console/units/{unit}/satisfaction/comments?from=&to=&limit=&offset=
 *          GET  /api/v1/console/units/{unit}/satisfaction/export?from=&to=   (XLSX)
 *          GET  /api/v1/console/units/{unit}/satisfaction/publication
 *          PUT  /api/v1/console/units/{unit}/satisfaction/publication        { publish }
 *          GET  /api/v1/console/satisfaction/question-sets                      (city administrator)
 *          GET  /api/v1/console/satisfaction/question-sets/{id}
 *          POST /api/v1/console/satisfaction/question-sets                      (new draft from the current)
 *          PUT  /api/v1/console/satisfaction/question-sets/{id}                 (edit a draft)
 *          POST /api/v1/console/satisfaction/question-sets/{id}/open            (open; closes the previous)
 */
import { Type, type Static } from '@sinclair/typebox';
import { Int4Id } from './common.ts';

/** The five SIPAS factors, numbered as Quyết định 1001/QĐ-BNV lists them. */
export const SIPAS_FACTORS = [
  { factor: 1, name: 'Tiếp cận dịch vụ' },
  { factor: 2, name: 'Thủ tục hành chính' },
  { factor: 3, name: 'Công chức trực tiếp giải quyết công việc' },
  { factor: 4, name: 'Kết quả dịch vụ' },
  { factor: 5, name: 'Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị' },
] as const;

/** The 5-level scale: 1 rất không hài lòng … 5 rất hài lòng; 4 and 5 count as satisfied. */
export const SATISFACTION_SCALE = [
  { value: 1, label: 'Rất không hài lòng' },
  { value: 2, label: 'Không hài lòng' },
  { value: 3, label: 'Bình thường' },
  { value: 4, label: 'Hài lòng' },
  { value: 5, label: 'Rất hài lòng' },
] as const;

export const SURVEY_COMMENT_MAX = 2000;
export const SURVEY_DESK_MAX = 60;

export const Factor = Type.Integer({ minimum: 1, maximum: 5, description: 'Yếu tố SIPAS 1..5' });
/** criterion: an assessment (nhận định) of a factor; satisfaction: the factor's satisfaction; overall: overall satisfaction. */
export const QuestionKind = Type.Union([Type.Literal('criterion'), Type.Literal('satisfaction'), Type.Literal('overall')]);
export const QuestionSetStatus = Type.Union([Type.Literal('draft'), Type.Literal('open'), Type.Literal('closed')]);

export const SurveyQuestion = Type.Object({
  id: Type.Integer(),
  /** Stable across versions (e.g. "F1.C1", "F3.S", "OVERALL"): figures of different versions meet on it. */
  code: Type.String(),
  /** Null for the overall question. */
  factor: Type.Union([Factor, Type.Null()]),
  kind: QuestionKind,
  text: Type.String(),
  required: Type.Boolean(),
  order: Type.Integer(),
});

export const SurveyExpectation = Type.Object({
  code: Type.String(),
  text: Type.String(),
});

export const ScaleLevel = Type.Object({ value: Type.Integer({ minimum: 1, maximum: 5 }), label: Type.String() });

/** GET /api/v1/units/{unit}/surveys/current */
export const CurrentSurvey = Type.Object({
  unit: Type.Object({ slug: Type.String(), name: Type.String() }),
  /** Send it back as questionSetVersion. */
  questionSetVersion: Type.Integer(),
  title: Type.String(),
  intro: Type.String(),
  /** The documents the questions follow. */
  source: Type.String(),
  scale: Type.Array(ScaleLevel),
  factors: Type.Array(Type.Object({ factor: Factor, name: Type.String() })),
  questions: Type.Array(SurveyQuestion),
  expectations: Type.Array(SurveyExpectation),
  /** At most this many expectations may be chosen. */
  maxExpectations: Type.Integer(),
  commentMaxLength: Type.Integer(),
});

export const SurveyContext = Type.Object(
  {
    procedureCode: Type.Optional(Type.String({ minLength: 1, maxLength: 40, pattern: '^[0-9A-Za-z._-]+$' })),
    feedbackCode: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'Mã phản ánh, kiến nghị, viết thế nào cũng được (PA-2612-6K7ZM, pa 2612 6k7zm)' })),
    desk: Type.Optional(Type.String({ minLength: 1, maxLength: SURVEY_DESK_MAX })),
  },
  { additionalProperties: false },
);

/** POST /api/v1/units/{unit}/surveys/responses */
export const SubmitSurveyBody = Type.Object(
  {
    questionSetVersion: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
    answers: Type.Array(
      Type.Object({ questionId: Int4Id(), value: Type.Integer({ minimum: 1, maximum: 5 }) }, { additionalProperties: false }),
      { minItems: 1, maxItems: 100 },
    ),
    expectations: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 20, uniqueItems: true })),
    comment: Type.Optional(Type.String({ maxLength: SURVEY_COMMENT_MAX })),
    context: Type.Optional(SurveyContext),
  },
  { additionalProperties: false },
);

export const SubmitSurveyResult = Type.Object({
  id: Type.Integer(),
  receivedAt: Type.String({ format: 'date-time' }),
  message: Type.String(),
});

/** A share of satisfied answers with how far it can be trusted. */
export const IndexFigure = Type.Object({
  /** Answers counted. */
  n: Type.Integer(),
  /** Of those, hài lòng or rất hài lòng (4–5). */
  satisfied: Type.Integer(),
  /** satisfied / n, 0–1; null when n = 0. */
  share: Type.Union([Type.Number(), Type.Null()]),
  /** 95 % Wilson score interval of the share, 0–1; null when n = 0. */
  ci: Type.Union([Type.Object({ low: Type.Number(), high: Type.Number() }), Type.Null()]),
  /** Mean of the 1..5 answers; null when n = 0. */
  mean: Type.Union([Type.Number(), Type.Null()]),
  /** N: the transactions the answers stand for (see `populationNote`); null when unknown. */
  population: Type.Union([Type.Integer(), Type.Null()]),
  /** n = N/(1+N·e²), e = 5 %; null when N is unknown. */
  requiredSample: Type.Union([Type.Integer(), Type.Null()]),
  /** True when n is below requiredSample: read the share with care. */
  lowSample: Type.Boolean(),
});

export const FactorFigure = Type.Intersect([Type.Object({ factor: Factor, name: Type.String() }), IndexFigure]);

/** One of the three satisfaction ratios of Quyết định 766/QĐ-TTg. */
export const Ratio766 = Type.Object({
  name: Type.String(),
  numerator: Type.Integer(),
  denominator: Type.Integer(),
  /** numerator / denominator, 0–1; null when the denominator is 0. */
  ratio: Type.Union([Type.Number(), Type.Null()]),
  note: Type.String(),
});

export const Ratios766 = Type.Object({
  /** Tỷ lệ PAKN xử lý đúng hạn. */
  paknOnTime: Ratio766,
  /** Tỷ lệ hài lòng trong xử lý PAKN: every rating ever given counts, not only the last. */
  paknSatisfied: Ratio766,
  /** Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC (from the survey: overall answers). */
  tthcSatisfied: Ratio766,
});

/** GET /api/v1/units/{unit}/satisfaction: nothing personal, no comment. */
export const PublicSatisfaction = Type.Object({
  unit: Type.Object({ slug: Type.String(), name: Type.String() }),
  from: Type.String({ format: 'date' }),
  to: Type.String({ format: 'date' }),
  responses: Type.Integer(),
  overall: IndexFigure,
  factors: Type.Array(FactorFigure),
  ratios: Ratios766,
});

export const Granularity = Type.Union([Type.Literal('month'), Type.Literal('quarter'), Type.Literal('year')]);

export const GroupFigure = Type.Intersect([
  Type.Object({ key: Type.String(), name: Type.String() }),
  IndexFigure,
]);

export const CriterionFigure = Type.Object({
  code: Type.String(),
  factor: Type.Union([Factor, Type.Null()]),
  text: Type.String(),
  n: Type.Integer(),
  mean: Type.Union([Type.Number(), Type.Null()]),
  share: Type.Union([Type.Number(), Type.Null()]),
});

export const TrendPoint = Type.Object({
  /** YYYY-MM, YYYY-Qn or YYYY. */
  period: Type.String(),
  responses: Type.Integer(),
  overall: IndexFigure,
  factors: Type.Array(FactorFigure),
});

/** GET /api/v1/console/units/{unit}/satisfaction */
export const SatisfactionFigures = Type.Object({
  unit: Type.Object({ slug: Type.String(), name: Type.String() }),
  from: Type.String({ format: 'date' }),
  to: Type.String({ format: 'date' }),
  granularity: Granularity,
  responses: Type.Integer(),
  published: Type.Boolean(),
  overall: IndexFigure,
  factors: Type.Array(FactorFigure),
  ratios: Ratios766,
  /** Every criterion (nhận định), weakest (lowest mean) first. */
  criteria: Type.Array(CriterionFigure),
  /** The few weakest criteria. */
  weakest: Type.Array(CriterionFigure),
  expectations: Type.Array(Type.Object({ code: Type.String(), text: Type.String(), count: Type.Integer() })),
  /** Overall satisfaction by commune (a city: every commune; a commune: itself). key = slug. */
  byUnit: Type.Array(GroupFigure),
  /** Overall satisfaction by procedure (key = code, "" = none given). */
  byProcedure: Type.Array(GroupFigure),
  /** Overall satisfaction by lĩnh vực of the procedure (from the catalog). */
  byField: Type.Array(GroupFigure),
  trend: Type.Array(TrendPoint),
  /** How N (the population) was taken. */
  populationNote: Type.String(),
});

export const SurveyComment = Type.Object({
  id: Type.Integer(),
  receivedAt: Type.String({ format: 'date-time' }),
  unit: Type.Object({ slug: Type.String(), name: Type.String() }),
  comment: Type.String(),
  overall: Type.Union([Type.Integer(), Type.Null()]),
  procedureCode: Type.Union([Type.String(), Type.Null()]),
  feedbackCode: Type.Union([Type.String(), Type.Null()]),
  desk: Type.Union([Type.String(), Type.Null()]),
  questionSetVersion: Type.Integer(),
});

export const SurveyCommentList = Type.Object({ items: Type.Array(SurveyComment), total: Type.Integer() });

export const SatisfactionPublication = Type.Object({ publish: Type.Boolean() }, { additionalProperties: false });

/** A question set as the city administrator sees and edits it. */
export const QuestionSetSummary = Type.Object({
  id: Type.Integer(),
  version: Type.Integer(),
  status: QuestionSetStatus,
  title: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  openedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  closedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  responses: Type.Integer(),
});

export const QuestionSetDetail = Type.Intersect([
  QuestionSetSummary,
  Type.Object({
    intro: Type.String(),
    source: Type.String(),
    questions: Type.Array(SurveyQuestion),
    expectations: Type.Array(SurveyExpectation),
  }),
]);

export const QuestionSetList = Type.Object({ items: Type.Array(QuestionSetSummary) });

export const QuestionInput = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 40, pattern: '^[0-9A-Za-z._-]+$' }),
    factor: Type.Union([Type.Null(), Factor]),
    kind: QuestionKind,
    text: Type.String({ minLength: 3, maxLength: 500 }),
    required: Type.Boolean(),
  },
  { additionalProperties: false },
);

/** PUT /api/v1/console/satisfaction/question-sets/{id}: the whole draft (questions in order). */
export const QuestionSetInput = Type.Object(
  {
    title: Type.String({ minLength: 3, maxLength: 200 }),
    intro: Type.String({ maxLength: 1000 }),
    source: Type.String({ minLength: 3, maxLength: 2000 }),
    questions: Type.Array(QuestionInput, { minItems: 1, maxItems: 60 }),
    expectations: Type.Array(
      Type.Object(
        { code: Type.String({ minLength: 1, maxLength: 40, pattern: '^[0-9A-Za-z._-]+$' }), text: Type.String({ minLength: 3, maxLength: 300 }) },
        { additionalProperties: false },
      ),
      { maxItems: 20 },
    ),
  },
  { additionalProperties: false },
);

export type CurrentSurveyT = Static<typeof CurrentSurvey>;
export type SurveyQuestionT = Static<typeof SurveyQuestion>;
export type SubmitSurveyBodyT = Static<typeof SubmitSurveyBody>;
export type SubmitSurveyResultT = Static<typeof SubmitSurveyResult>;
export type IndexFigureT = Static<typeof IndexFigure>;
export type FactorFigureT = Static<typeof FactorFigure>;
export type Ratio766T = Static<typeof Ratio766>;
export type Ratios766T = Static<typeof Ratios766>;
export type PublicSatisfactionT = Static<typeof PublicSatisfaction>;
export type GranularityT = Static<typeof Granularity>;
export type GroupFigureT = Static<typeof GroupFigure>;
export type CriterionFigureT = Static<typeof CriterionFigure>;
export type TrendPointT = Static<typeof TrendPoint>;
export type SatisfactionFiguresT = Static<typeof SatisfactionFigures>;
export type SurveyCommentT = Static<typeof SurveyComment>;
export type SurveyCommentListT = Static<typeof SurveyCommentList>;
export type QuestionSetSummaryT = Static<typeof QuestionSetSummary>;
export type QuestionSetDetailT = Static<typeof QuestionSetDetail>;
export type QuestionSetInputT = Static<typeof QuestionSetInput>;
export type QuestionKindT = Static<typeof QuestionKind>;
export type QuestionSetStatusT = Static<typeof QuestionSetStatus>;
