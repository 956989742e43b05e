import { Type, type Static } from '@sinclair/typebox';
import { Paging, Slug } from './common.ts';

export const OnlineLevel = Type.Union([
  Type.Literal('toan_trinh'),
  Type.Literal('mot_phan'),
  Type.Literal('khong'),
]);

export const ChannelKind = Type.Union([
  Type.Literal('truc_tiep'),
  Type.Literal('truc_tuyen'),
  Type.Literal('buu_chinh'),
]);

export const ProcedureStatus = Type.Union([
  Type.Literal('active'),
  Type.Literal('amended'),
  Type.Literal('repealed'),
]);

export const ProcedureSummary = Type.Object({
  code: Type.String(),
  name: Type.String(),
  field: Type.String(),
  onlineLevel: OnlineLevel,
  summary: Type.String(),
});

export const Channel = Type.Object({
  kind: ChannelKind,
  timeLimit: Type.String({ description: 'Thời hạn giải quyết, as published' }),
  fee: Type.String({ description: 'Phí, lệ phí, verbatim' }),
  note: Type.Optional(Type.String()),
});

export const RequiredDocument = Type.Object({
  name: Type.String(),
  originals: Type.Integer({ minimum: 0 }),
  copies: Type.Integer({ minimum: 0 }),
  template: Type.Optional(Type.String({ description: 'The form\'s name, e.g. "Mẫu Tờ khai đăng ký khai sinh" (or its link)' })),
  templateUrl: Type.Optional(Type.String({ pattern: '^https?://', description: 'Where the blank form can be downloaded' })),
});

export const DocumentCase = Type.Object({
  case: Type.String({ description: 'Trường hợp; "" when the documents apply to every case' }),
  documents: Type.Array(RequiredDocument),
});

export const LegalBasis = Type.Object({
  number: Type.String(),
  title: Type.String(),
  issuedOn: Type.Optional(Type.String()),
});

export const Decision = Type.Object({
  action: Type.Union([
    Type.Literal('published'),
    Type.Literal('updated'),
    Type.Literal('amended'),
    Type.Literal('repealed'),
  ]),
  decision: Type.String(),
  decidedOn: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  recordedAt: Type.String(),
});

export const ProcedureDetail = Type.Object({
  code: Type.String(),
  name: Type.String(),
  field: Type.String(),
  level: Type.String({ description: 'Cấp thực hiện' }),
  onlineLevel: OnlineLevel,
  summary: Type.String(),
  steps: Type.Array(Type.String()),
  channels: Type.Array(Channel),
  documentCases: Type.Array(DocumentCase),
  subjects: Type.String({ description: 'Đối tượng thực hiện' }),
  agency: Type.String({ description: 'Cơ quan thực hiện' }),
  result: Type.String({ description: 'Kết quả thực hiện' }),
  conditions: Type.String({ description: 'Yêu cầu, điều kiện; "" when none' }),
  legalBasis: Type.Array(LegalBasis),
  onlineUrl: Type.Union([Type.String(), Type.Null()]),
  sourceUrl: Type.Union([Type.String(), Type.Null()]),
  status: ProcedureStatus,
  history: Type.Array(Decision),
});

export const ProcedureListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 500 })),
  field: Type.Optional(Type.String({ maxLength: 200 })),
  ...Paging,
});

/** Another agency that handles what was asked (Công an xã for cư trú and căn cước, a văn phòng công chứng, the province's centre). */
export const Referral = Type.Object({
  agency: Type.String(),
  reason: Type.String({ description: 'Why it is not (only) the commune\'s, and how to reach the agency' }),
  phone: Type.Union([Type.String(), Type.Null()]),
  url: Type.Union([Type.String(), Type.Null()], { description: 'The online route' }),
});

export const ProcedureList = Type.Object({
  items: Type.Array(ProcedureSummary),
  total: Type.Integer(),
  referrals: Type.Array(Referral, { description: 'Empty unless the question belongs (also) to another agency' }),
});

/** The referral rules file: province slug → rules (see shared/src/search/referrals.ts). */
export const ReferralRule = Type.Object({
  triggers: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
  agency: Type.String({ minLength: 1 }),
  reason: Type.String({ minLength: 1 }),
  mode: Type.Union([Type.Literal('instead'), Type.Literal('also')]),
  hotline: Type.Optional(Type.String()),
  phone: Type.Optional(Type.String()),
  url: Type.Optional(Type.String({ pattern: '^https://' })),
}, { additionalProperties: false });

export const ReferralRulesFile = Type.Record(Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }), Type.Array(ReferralRule));

export const FieldCount = Type.Object({ name: Type.String(), count: Type.Integer() });

export const ProcedureParams = Type.Object({ unit: Slug, code: Type.String({ maxLength: 60 }) });

export const Hotline = Type.Object({
  name: Type.String(),
  phone: Type.String({ description: 'As people write it, e.g. "0225 3999 001"' }),
  purpose: Type.String(),
  hours: Type.String(),
  isDemo: Type.Boolean(),
});

export const GuideSummary = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  summary: Type.String(),
});

export const GuideStep = Type.Object({
  title: Type.String(),
  body: Type.String(),
});

export const GuideDetail = Type.Intersect([
  GuideSummary,
  Type.Object({
    steps: Type.Array(GuideStep),
    links: Type.Array(Type.Object({ label: Type.String(), url: Type.String() })),
  }),
]);

export const GuideParams = Type.Object({ unit: Slug, slug: Slug });

export type OnlineLevelT = Static<typeof OnlineLevel>;
export type ChannelKindT = Static<typeof ChannelKind>;
export type ProcedureSummaryT = Static<typeof ProcedureSummary>;
export type ProcedureDetailT = Static<typeof ProcedureDetail>;
export type RequiredDocumentT = Static<typeof RequiredDocument>;
export type ProcedureListT = Static<typeof ProcedureList>;
export type ReferralT = Static<typeof Referral>;
export type ReferralRulesFileT = Static<typeof ReferralRulesFile>;
/** The list's query as a client sends it (every field optional: the server fills the defaults). */
export type ProcedureListQueryT = Partial<Static<typeof ProcedureListQuery>>;
export type FieldCountT = Static<typeof FieldCount>;
export type HotlineT = Static<typeof Hotline>;
export type GuideSummaryT = Static<typeof GuideSummary>;
export type GuideDetailT = Static<typeof GuideDetail>;
export type DecisionT = Static<typeof Decision>;
