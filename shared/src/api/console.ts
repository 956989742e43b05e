import { Type, type Static } from '@sinclair/typebox';
import { FEEDBACK_CONTENT_MAX, FeedbackKind, FeedbackStatus, Photo, RejectReason, Severity } from './feedback.ts';
import { Int4Id, Uuid } from './common.ts';

/** Shapes of the officers' console API (/api/v1/console/...). */

export const OfficerRole = Type.Union([
  Type.Literal('city_admin'),
  Type.Literal('unit_admin'),
  Type.Literal('leader'),
  Type.Literal('officer'),
]);

export const LoginBody = Type.Object(
  { username: Type.String({ minLength: 1, maxLength: 100 }), password: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

/** GET /api/v1/console/me: who is logged in, and the CSRF token to send as X-CSRF-Token on every write. */
export const Me = Type.Object({
  username: Type.String(),
  displayName: Type.String(),
  role: OfficerRole,
  unit: Type.Object({ slug: Type.String(), name: Type.String() }),
  csrfToken: Type.String(),
});

export const QueueQuery = Type.Object({
  status: Type.Optional(FeedbackStatus),
  topicId: Type.Optional(Int4Id()),
  /** The city administrator's queue: only this commune's items (its slug). */
  unit: Type.Optional(Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80 })),
  severity: Type.Optional(Severity),
  overdue: Type.Optional(Type.Boolean()),
  mine: Type.Optional(Type.Boolean()),
  /** Find one PAKN: its code as people say it (any spacing, dashes, case), the sender's phone as people write it
   * (0912 345 678, +84 912…), or part of the sender's name. */
  q: Type.Optional(Type.String({ maxLength: 100 })),
  /** Drafts submitted to the leader and not yet approved or returned: the leader's approval list. */
  awaitingApproval: Type.Optional(Type.Boolean()),
  /** Open items only (the default queue) or every item. */
  scope: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('all')], { default: 'open' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
});

export const QueueItem = Type.Object({
  code: Type.String(),
  kind: FeedbackKind,
  topic: Type.String(),
  /** The commune (or ward) the item is with: the city administrator's queue spans them all. */
  unit: Type.Object({ slug: Type.String(), name: Type.String() }),
  status: FeedbackStatus,
  severity: Type.Union([Severity, Type.Null()]),
  excerpt: Type.String(),
  receivedAt: Type.String(),
  dueDate: Type.String(),
  /** Counted over a year without its official holiday table (dự kiến). */
  dueDateProvisional: Type.Boolean(),
  /** ISO instant when timed in working hours (khẩn): due by then, not by the end of dueDate. */
  dueAt: Type.Union([Type.String(), Type.Null()]),
  /** Working days left (negative: working days late). */
  workingDaysLeft: Type.Integer(),
  assignee: Type.Union([Type.String(), Type.Null()]),
  awaitingApproval: Type.Boolean(),
  /** The sender asked that handling units not know who they are. */
  hideIdentity: Type.Boolean(),
  /** Transfer it by this day if outside the unit's competence (NĐ 20/2008/NĐ-CP Đ.9). */
  transferDueDate: Type.String(),
  /** The agency it was transferred to (Công an xã, a city department), if any. */
  transferredToAgency: Type.Union([Type.String(), Type.Null()]),
});

/** GET /api/v1/console/transfer-agencies: where a PAKN outside the unit's competence may go besides another commune. */
export const TransferAgencyList = Type.Object({ items: Type.Array(Type.Object({ slug: Type.String(), name: Type.String() })) });
export type TransferAgencyListT = Static<typeof TransferAgencyList>;

export const Queue = Type.Object({ items: Type.Array(QueueItem), total: Type.Integer() });

export const AuditEvent = Type.Object({
  at: Type.String(),
  actor: Type.String(),
  action: Type.String(),
  fromStatus: Type.Union([FeedbackStatus, Type.Null()]),
  toStatus: Type.Union([FeedbackStatus, Type.Null()]),
  internal: Type.Boolean(),
  note: Type.Union([Type.String(), Type.Null()]),
});

export const OfficerFeedback = Type.Object({
  code: Type.String(),
  unit: Type.Object({ slug: Type.String(), name: Type.String() }),
  kind: FeedbackKind,
  topic: Type.Object({ id: Type.Integer(), name: Type.String() }),
  content: Type.String(),
  location: Type.Union([Type.Object({ lat: Type.Union([Type.Number(), Type.Null()]), lng: Type.Union([Type.Number(), Type.Null()]), address: Type.Union([Type.String(), Type.Null()]) }), Type.Null()]),
  /** Null for handling units when the citizen asked to hide their identity (only the receiving desk sees it). */
  contact: Type.Union([Type.Object({ name: Type.String(), phone: Type.String(), address: Type.String() }), Type.Null()]),
  identityHidden: Type.Boolean(),
  /** The sender asked to keep their identity secret (flagged to every officer, whether or not they see the contact). */
  hideIdentity: Type.Boolean(),
  status: FeedbackStatus,
  severity: Type.Union([Severity, Type.Null()]),
  field: Type.Union([Type.String(), Type.Null()]),
  /** The lĩnh vực's id in the unit's list (null: not classified, or typed before the list existed and not mapped). */
  fieldId: Type.Union([Type.Integer(), Type.Null()]),
  assignee: Type.Union([Type.Object({ username: Type.String(), displayName: Type.String() }), Type.Null()]),
  receivedAt: Type.String(),
  /** Transfer a PAKN outside the unit's competence by this day (NĐ 20/2008/NĐ-CP Đ.9.1.d, 05 working days or the unit's shorter rule). */
  transferDueDate: Type.String(),
  /** The agency it was transferred to (Công an xã, a city department), if any: the unit follows it up. */
  transferredToAgency: Type.Union([Type.String(), Type.Null()]),
  /** Notify the sender whether it is taken up by this day (Luật Tiếp công dân 2013 Đ.28, 10 working days or shorter). */
  noticeDueDate: Type.String(),
  dueDate: Type.String(),
  /** Counted over a year without its official holiday table (dự kiến). */
  dueDateProvisional: Type.Boolean(),
  /** ISO instant when timed in working hours (khẩn): due by then, not by the end of dueDate. */
  dueAt: Type.Union([Type.String(), Type.Null()]),
  workingDaysLeft: Type.Integer(),
  photos: Type.Array(Type.Intersect([Photo, Type.Object({ public: Type.Boolean() })])),
  answerDraft: Type.Union([Type.String(), Type.Null()]),
  awaitingApproval: Type.Boolean(),
  answer: Type.Union([Type.String(), Type.Null()]),
  /** The unit's signed văn bản trả lời (PDF) attached to the answer; public only when the leader publishes it. */
  answerDocument: Type.Union([Type.Object({ name: Type.String(), bytes: Type.Integer(), url: Type.String(), public: Type.Boolean() }), Type.Null()]),
  published: Type.Boolean(),
  rejectReason: Type.Union([RejectReason, Type.Null()]),
  rejectNote: Type.Union([Type.String(), Type.Null()]),
  duplicateOf: Type.Union([Type.String(), Type.Null()]),
  rating: Type.Union([Type.Object({ value: Type.String(), comment: Type.Union([Type.String(), Type.Null()]) }), Type.Null()]),
  history: Type.Array(AuditEvent),
  /** The actions this officer may take now, for the buttons to show. */
  actions: Type.Array(Type.String()),
});

/** POST /api/v1/console/feedback/{code}/actions — one body per action. */
export const FeedbackAction = Type.Union([
  /** fieldId: an active lĩnh vực of the unit's list (GET /api/v1/console/settings/fields); an unknown one → 400. */
  Type.Object({ action: Type.Literal('accept'), fieldId: Int4Id(), severity: Severity, topicId: Type.Optional(Int4Id()) }, { additionalProperties: false }),
  /** Older clients: the lĩnh vực as text, matched to the list by its folded name (a new name is added to the list). */
  Type.Object({ action: Type.Literal('accept'), field: Type.String({ minLength: 2, maxLength: 200 }), severity: Severity, topicId: Type.Optional(Int4Id()) }, { additionalProperties: false }),
  Type.Object({ action: Type.Literal('reject'), reason: RejectReason, note: Type.String({ minLength: 5, maxLength: 2000 }), duplicateOf: Type.Optional(Type.String({ maxLength: 40 })) }, { additionalProperties: false }),
  Type.Object({ action: Type.Literal('assign'), username: Type.String({ maxLength: 100 }) }, { additionalProperties: false }),
  Type.Object({ action: Type.Literal('transfer'), unit: Type.String({ maxLength: 80 }), note: Type.String({ minLength: 5, maxLength: 2000 }) }, { additionalProperties: false }),
  /** To an agency of the province (GET /api/v1/console/transfer-agencies): Công an xã, a city department; the unit follows it up. */
  Type.Object({ action: Type.Literal('transfer'), agency: Type.String({ maxLength: 80 }), note: Type.String({ minLength: 5, maxLength: 2000 }) }, { additionalProperties: false }),
  Type.Object({ action: Type.Literal('note'), note: Type.String({ minLength: 1, maxLength: 5000 }) }, { additionalProperties: false }),
  Type.Object({ action: Type.Literal('draft_answer'), answer: Type.String({ minLength: 10, maxLength: 10000 }), submit: Type.Boolean() }, { additionalProperties: false }),
  /** publishDocument: publish the signed văn bản trả lời with the answer (only with publish). */
  Type.Object({ action: Type.Literal('approve'), publish: Type.Boolean(), publicPhotoIds: Type.Optional(Type.Array(Uuid(), { maxItems: 4 })), publishDocument: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
  Type.Object({ action: Type.Literal('return_draft'), note: Type.String({ minLength: 5, maxLength: 2000 }) }, { additionalProperties: false }),
  Type.Object({ action: Type.Literal('publish'), publish: Type.Boolean(), publicPhotoIds: Type.Optional(Type.Array(Uuid(), { maxItems: 4 })), publishDocument: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
]);

/** A masked span of a public text, [start, end) in UTF-16 offsets, and what was masked there. */
export const MaskedSpan = Type.Object({
  start: Type.Integer({ minimum: 0 }),
  end: Type.Integer({ minimum: 0 }),
  kind: Type.Union([Type.Literal('name'), Type.Literal('address'), Type.Literal('phone'), Type.Literal('id_number'), Type.Literal('email')]),
});

export const MaskedText = Type.Object({ text: Type.String(), spans: Type.Array(MaskedSpan) });

/**
 * GET/PUT /api/v1/console/feedback/{code}/public-copy: what the public will see
 * (masked, with each masked span), and the editable text it is made from.
 */
export const PublicCopyPreview = Type.Object({
  content: MaskedText,
  answer: MaskedText,
  /** The public copy before masking, for the editor: the leader's edit, or the original. */
  source: Type.Object({ content: Type.String(), answer: Type.String() }),
  /** Whether the leader edited the content or the answer (the original is kept either way). */
  edited: Type.Object({ content: Type.Boolean(), answer: Type.Boolean() }),
  published: Type.Boolean(),
});

export const PublicCopyBody = Type.Object(
  {
    content: Type.String({ minLength: 10, maxLength: FEEDBACK_CONTENT_MAX }),
    answer: Type.String({ minLength: 10, maxLength: 10000 }),
  },
  { additionalProperties: false },
);

export type OfficerRoleT = Static<typeof OfficerRole>;
export type MeT = Static<typeof Me>;
export type QueueQueryT = Static<typeof QueueQuery>;
export type QueueItemT = Static<typeof QueueItem>;
export type QueueT = Static<typeof Queue>;
export type OfficerFeedbackT = Static<typeof OfficerFeedback>;
export type FeedbackActionT = Static<typeof FeedbackAction>;
export type AuditEventT = Static<typeof AuditEvent>;
export type MaskedSpanT = Static<typeof MaskedSpan>;
export type MaskedTextT = Static<typeof MaskedText>;
export type PublicCopyPreviewT = Static<typeof PublicCopyPreview>;
export type PublicCopyBodyT = Static<typeof PublicCopyBody>;
