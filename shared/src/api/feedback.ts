import { Type, type Static } from '@sinclair/typebox';
import { Int4Id, Uuid } from './common.ts';

/** Citizen-facing shapes of phản ánh, kiến nghị (PAKN). */

export const FeedbackKind = Type.Union([Type.Literal('phan_anh'), Type.Literal('kien_nghi')]);

export const FeedbackStatus = Type.Union([
  Type.Literal('moi'),
  Type.Literal('da_tiep_nhan'),
  Type.Literal('dang_xu_ly'),
  Type.Literal('da_chuyen'),
  Type.Literal('da_tra_loi'),
  Type.Literal('dong'),
  Type.Literal('mo_lai'),
  Type.Literal('tu_choi'),
]);

export const Severity = Type.Union([Type.Literal('khan'), Type.Literal('binh_thuong'), Type.Literal('phuc_tap')]);

export const RejectReason = Type.Union([
  Type.Literal('khieu_nai_to_cao'),
  Type.Literal('thieu_thong_tin'),
  Type.Literal('trung'),
  Type.Literal('ngoai_tham_quyen'),
]);

export const Rating = Type.Union([Type.Literal('hai_long'), Type.Literal('khong_hai_long')]);

export const Topic = Type.Object({ id: Type.Integer(), name: Type.String() });

export const Location = Type.Object(
  {
    // Null first: with type coercion on, null would otherwise be turned into 0 by the number branch.
    lat: Type.Optional(Type.Union([Type.Null(), Type.Number({ minimum: -90, maximum: 90 })])),
    lng: Type.Optional(Type.Union([Type.Null(), Type.Number({ minimum: -180, maximum: 180 })])),
    address: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 300 })])),
  },
  { additionalProperties: false },
);

export const Contact = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 120 }),
    phone: Type.String({ minLength: 8, maxLength: 20, pattern: '^[0-9 +().-]+$' }),
    address: Type.String({ minLength: 5, maxLength: 300 }),
  },
  { additionalProperties: false },
);

export const FEEDBACK_CONTENT_MAX = 5000;
export const MAX_PHOTOS = 4;
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

export const SubmitFeedbackBody = Type.Object(
  {
    kind: FeedbackKind,
    topicId: Int4Id(),
    content: Type.String({ minLength: 20, maxLength: FEEDBACK_CONTENT_MAX }),
    photoIds: Type.Optional(Type.Array(Uuid(), { maxItems: MAX_PHOTOS, uniqueItems: true })),
    location: Type.Optional(Location),
    contact: Contact,
    hideIdentity: Type.Optional(Type.Boolean({ default: false })),
  },
  { additionalProperties: false },
);

export const SubmitFeedbackResult = Type.Object({
  code: Type.String(),
  accessKey: Type.String(),
  status: FeedbackStatus,
  dueDate: Type.String({ format: 'date', description: 'YYYY-MM-DD, the latest day of the answer' }),
  dueDateProvisional: Type.Boolean({ description: 'True when the due date counts days of a year whose official holiday table is not entered yet (dự kiến)' }),
});

/** What the citizen wrote may be a khiếu nại or tố cáo: the legal channel to use instead. */
export const ChannelAdvice = Type.Object({
  kind: Type.Union([Type.Literal('khieu_nai'), Type.Literal('to_cao'), Type.Null()]),
  title: Type.String(),
  explanation: Type.String(),
});

export const CheckFeedbackBody = Type.Object({ content: Type.String({ maxLength: FEEDBACK_CONTENT_MAX }) });

export const FeedbackEvent = Type.Object({
  at: Type.String({ description: 'ISO 8601 instant' }),
  status: Type.Union([FeedbackStatus, Type.Null()]),
  label: Type.String({ description: 'What happened, in Vietnamese' }),
  /** The answer deadline this event moved, and why (no officer named). */
  dueChange: Type.Optional(
    Type.Object({
      from: Type.String({ description: 'The deadline before, as shown: "16/12/2026" or "11:30 ngày 03/12/2026"' }),
      to: Type.String({ description: 'The deadline after, as shown' }),
      reason: Type.String({ description: 'Why it moved, in Vietnamese' }),
    }),
  ),
});

export const Photo = Type.Object({ id: Type.String(), url: Type.String() });

/** GET /api/v1/feedback/{code} with X-Access-Key, and the items of "Phản ánh của tôi". */
export const CitizenFeedback = Type.Object({
  code: Type.String(),
  unit: Type.Object({ slug: Type.String(), name: Type.String() }),
  kind: FeedbackKind,
  topic: Type.String(),
  content: Type.String(),
  status: FeedbackStatus,
  receivedAt: Type.String(),
  dueDate: Type.String(),
  dueDateProvisional: Type.Boolean({ description: 'True when the due date counts days of a year whose official holiday table is not entered yet (dự kiến)' }),
  /** ISO instant when timed in working hours (khẩn): due by then, not by the end of dueDate. */
  dueAt: Type.Union([Type.String(), Type.Null()]),
  photos: Type.Array(Photo),
  /** Where it happened, as the citizen gave or picked it: the address typed and/or the position shared. */
  place: Type.Union([
    Type.Object({
      address: Type.Union([Type.String(), Type.Null()]),
      lat: Type.Union([Type.Number(), Type.Null()]),
      lng: Type.Union([Type.Number(), Type.Null()]),
    }),
    Type.Null(),
  ]),
  history: Type.Array(FeedbackEvent),
  answer: Type.Union([Type.Object({ text: Type.String(), answeredAt: Type.String() }), Type.Null()]),
  rating: Type.Union([Type.Object({ value: Rating, comment: Type.Union([Type.String(), Type.Null()]) }), Type.Null()]),
  canRate: Type.Boolean(),
  canReopenUntil: Type.Union([Type.String(), Type.Null()]),
  rejectReason: Type.Union([Type.String(), Type.Null()]),
  /** The unit's signed văn bản trả lời (PDF) with the answer: a link signed for an hour. */
  answerDocument: Type.Union([Type.Object({ name: Type.String(), url: Type.String() }), Type.Null()]),
});

export const MyFeedbackItem = Type.Object({
  code: Type.String(),
  accessKey: Type.Union([Type.String(), Type.Null()]),
  topic: Type.String(),
  status: FeedbackStatus,
  receivedAt: Type.String(),
  dueDate: Type.String(),
  dueDateProvisional: Type.Boolean({ description: 'True when the due date counts days of a year whose official holiday table is not entered yet (dự kiến)' }),
  /** ISO instant when timed in working hours (khẩn): due by then, not by the end of dueDate. */
  dueAt: Type.Union([Type.String(), Type.Null()]),
  excerpt: Type.String(),
});

export const RateBody = Type.Object(
  { value: Rating, comment: Type.Optional(Type.String({ maxLength: 1000 })) },
  { additionalProperties: false },
);

export const ReopenBody = Type.Object({ reason: Type.String({ minLength: 5, maxLength: 1000 }) }, { additionalProperties: false });

/** Published answers, personal data removed. */
export const PublishedFeedback = Type.Object({
  code: Type.String(),
  topic: Type.String(),
  kind: FeedbackKind,
  content: Type.String(),
  answer: Type.String(),
  receivedAt: Type.String(),
  answeredAt: Type.String(),
  photos: Type.Array(Photo),
  /** The signed văn bản trả lời (PDF), when the leader published it with the answer. */
  answerDocumentUrl: Type.Union([Type.String(), Type.Null()]),
});

export const UploadResult = Type.Object({ id: Type.String() });

export type FeedbackKindT = Static<typeof FeedbackKind>;
export type FeedbackStatusT = Static<typeof FeedbackStatus>;
export type SeverityT = Static<typeof Severity>;
export type RejectReasonT = Static<typeof RejectReason>;
export type RatingT = Static<typeof Rating>;
export type TopicT = Static<typeof Topic>;
export type SubmitFeedbackBodyT = Static<typeof SubmitFeedbackBody>;
export type SubmitFeedbackResultT = Static<typeof SubmitFeedbackResult>;
export type ChannelAdviceT = Static<typeof ChannelAdvice>;
export type CitizenFeedbackT = Static<typeof CitizenFeedback>;
export type MyFeedbackItemT = Static<typeof MyFeedbackItem>;
export type PublishedFeedbackT = Static<typeof PublishedFeedback>;
export type FeedbackEventT = Static<typeof FeedbackEvent>;
