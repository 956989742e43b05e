import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { GuideDetailT, OnlineLevelT } from '@cchc/shared/api/catalog';
import type { OfficeHoursT, UnitKindT } from '@cchc/shared/api/units';
import type { ProcedureContent } from '../features/catalog/procedure-content.ts';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

export interface UnitsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  kind: UnitKindT;
  parent_id: number | null;
  address: string | null;
  office_hours: JSONColumnType<OfficeHoursT[]>;
  is_demo: Generated<boolean>;
  catalog_version: Generated<number>;
  created_at: CreatedAt;
}

export type ProcedureStatus = 'active' | 'amended' | 'repealed';

export interface ProceduresTable {
  id: Generated<number>;
  unit_id: number;
  code: string;
  name: string;
  field: string;
  online_level: OnlineLevelT;
  summary: string;
  detail: JSONColumnType<ProcedureContent>;
  status: Generated<ProcedureStatus>;
  updated_at: UpdatedAt;
}

export type RevisionAction = 'published' | 'updated' | 'amended' | 'repealed';

export interface ProcedureRevisionsTable {
  id: Generated<number>;
  unit_id: number;
  procedure_id: number;
  action: RevisionAction;
  decision: string;
  /** A calendar day, returned as 'YYYY-MM-DD'. */
  decided_on: string | null;
  snapshot: JSONColumnType<Record<string, unknown>>;
  recorded_at: CreatedAt;
}

export interface HotlinesTable {
  id: Generated<number>;
  unit_id: number;
  name: string;
  phone: string;
  purpose: string;
  hours: string;
  is_demo: Generated<boolean>;
  position: number;
}

export interface GuidesTable {
  id: Generated<number>;
  unit_id: number;
  slug: string;
  title: string;
  summary: string;
  steps: JSONColumnType<GuideDetailT['steps']>;
  links: JSONColumnType<GuideDetailT['links']>;
  position: number;
}

export interface SchemaMigrationsTable {
  name: string;
  applied_at: CreatedAt;
}

export interface DB {
  units: UnitsTable;
  procedures: ProceduresTable;
  procedure_revisions: ProcedureRevisionsTable;
  hotlines: HotlinesTable;
  guides: GuidesTable;
  schema_migrations: SchemaMigrationsTable;
}
