import { Type, type Static } from '@sinclair/typebox';
import {
  Channel,
  DocumentCase,
  LegalBasis,
  OnlineLevel,
} from './catalog.ts';
import { HttpUrl } from './common.ts';
import { AdminProcedureMeta, EditDecision } from './catalog-admin.ts';

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

/** A procedure as the console edits it: its content plus status and history (/api/v1/console/catalog/procedures/{code}). */
export const EditableProcedure = Type.Object({ procedure: ProcedureInputSchema, ...AdminProcedureMeta });
export type EditableProcedureT = Static<typeof EditableProcedure>;

/** The answer to saving a procedure. */
export const SavedProcedure = Type.Object({
  outcome: Type.Union([Type.Literal('created'), Type.Literal('updated'), Type.Literal('unchanged')]),
  procedure: ProcedureInputSchema,
  ...AdminProcedureMeta,
});
export type SavedProcedureT = Static<typeof SavedProcedure>;

/** The body of saving a procedure: its content, optionally with the decision that changed it. */
export const SaveProcedureBody = Type.Object({ procedure: ProcedureInputSchema, ...EditDecision }, { additionalProperties: false });
