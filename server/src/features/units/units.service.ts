import type { Kysely } from 'kysely';
import type { UnitDetailT, UnitSummaryT } from '@cchc/shared/api/units';
import { compareVietnamese } from '@cchc/shared/text/collate';
import type { DB } from '../../db/schema.ts';
import { DomainError, unitNotFound } from '../../lib/domain-errors.ts';
import { listUnits, type UnitRow } from './units.repository.ts';

const REFRESH_MS = 30_000;

export interface Unit {
  id: number;
  slug: string;
  summary: UnitSummaryT;
  detail: UnitDetailT;
}

/**
 * The units, kept in memory: they change a few times a year, and every public
 * request starts by resolving one. Reloaded every 30 s or when told.
 */
export class UnitDirectory {
  private units = new Map<string, Unit>();
  private loadedAt = 0;
  private loading: Promise<void> | null = null;

  constructor(private readonly db: Kysely<DB>) {}

  async list(): Promise<UnitSummaryT[]> {
    await this.fresh();
    return [...this.units.values()]
      .map((u) => u.summary)
      .sort((a, b) => Number(a.kind !== 'city') - Number(b.kind !== 'city') || compareVietnamese(a.name, b.name));
  }

  /** The unit with this slug, or a 404 DomainError. */
  async get(slug: string): Promise<Unit> {
    await this.fresh();
    const unit = this.units.get(slug);
    if (!unit) throw unitNotFound();
    return unit;
  }

  /** The unit with this id, if any (deadlines need its office hours). */
  async byId(id: number): Promise<Unit | undefined> {
    await this.fresh();
    for (const unit of this.units.values()) if (unit.id === id) return unit;
    return undefined;
  }

  invalidate(): void {
    this.loadedAt = 0;
  }

  private async fresh(): Promise<void> {
    if (Date.now() - this.loadedAt < REFRESH_MS) return;
    this.loading ??= listUnits(this.db)
      .then((rows) => {
        this.units = new Map(rows.map((row) => [row.slug, toUnit(row)]));
        this.loadedAt = Date.now();
      })
      .finally(() => {
        this.loading = null;
      });
    await this.loading;
  }
}

function toUnit(row: UnitRow): Unit {
  const summary: UnitSummaryT = { slug: row.slug, name: row.name, kind: row.kind, parentSlug: row.parent_slug ?? null };
  return {
    id: row.id,
    slug: row.slug,
    summary,
    detail: { ...summary, address: row.address, officeHours: row.office_hours, isDemo: row.is_demo },
  };
}
