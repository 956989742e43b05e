import { Type, type Static } from '@sinclair/typebox';
import {
  Channel,
  DocumentCase,
  LegalBasis,
  OnlineLevel,
} from './catalog.ts';
import { HttpUrl } from './common.ts';

/** What a procedure holds beyond its list columns: stored as one jsonb document. */
export const ProcedureContentSchema = Type.Object({
  level: Type.String(),
  steps: Type.Array(Type.String({ minLength: 1 })),
  channels: Type.Array(Channel, { minItems: 1 }),
  documentCases: Type.Array(DocumentCase),
  subjects: Type.String(),
  agency: Type.String({ minLength: 1 }),
  result: Type.String(),
  conditions: Type.String(),
  legalBasis: Type.Array(LegalBasis),
  // Null first: with Ajv's type coercion a string branch first would turn null into "".
  onlineUrl: Type.Union([Type.Null(), HttpUrl()]),
  sourceUrl: Type.Union([Type.Null(), HttpUrl()]),
});

export type ProcedureContent = Static<typeof ProcedureContentSchema>;

/** One procedure as an import brings it: list columns plus content. */
export const ProcedureInputSchema = Type.Object({
  code: Type.String({ pattern: '^[0-9]\\.[0-9]{6}(\\.[0-9A-Za-z]+)*$' }),
  name: Type.String({ minLength: 3, maxLength: 500 }),
  field: Type.String({ minLength: 2, maxLength: 200 }),
  onlineLevel: OnlineLevel,
  summary: Type.String({ maxLength: 1000 }),
  content: ProcedureContentSchema,
});

export type ProcedureInput = Static<typeof ProcedureInputSchema>;
