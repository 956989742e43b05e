import type { Kysely } from 'kysely';
import type { AdminGuideT, GuideInputT, HotlineInputT } from '@cchc/shared/api/catalog-admin';
import type { HotlineT } from '@cchc/shared/api/catalog';
import type { DB } from '../../db/schema.ts';
import { guideNotFound } from '../../lib/domain-errors.ts';
import { listHotlines, replaceHotlines } from './catalog.repository.ts';
import type { CatalogService } from './catalog.service.ts';
import { unitSettings } from '../units/unit-settings.service.ts';
import type { ConsoleUnit } from '../units/console-unit.ts';
import * as repo from './catalog-admin.repository.ts';
import { cleanStrings } from './clean-input.ts';

/**
 * A unit's hotlines and online-service guides, edited in the console. Each write
 * bumps the unit's catalog version in the same transaction, so every process's
 * public cache picks the change up.
 */
export class CatalogListsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly catalog: CatalogService,
  ) {}

  async hotlines(unit: ConsoleUnit): Promise<HotlineT[]> {
    return (await listHotlines(this.db, unit.id)).map((h) => ({ name: h.name, phone: h.phone, purpose: h.purpose, hours: h.hours, isDemo: h.is_demo }));
  }

  /** Replaces the whole list, in the order given. Edited numbers are no longer demo numbers. */
  async replaceHotlines(unit: ConsoleUnit, items: HotlineInputT[]): Promise<HotlineT[]> {
    const cleaned = cleanStrings(items).map((h) => ({ ...h, phone: h.phone.replace(/\s+/g, ' ') }));
    await this.db.transaction().execute(async (tx) => {
      await replaceHotlines(tx, unit.id, cleaned.map((h) => ({ ...h, isDemo: false })));
      await unitSettings.bumpCatalogVersion(tx, unit.id);
    });
    this.catalog.invalidate(unit.id);
    return this.hotlines(unit);
  }

  async guides(unit: ConsoleUnit): Promise<AdminGuideT[]> {
    return (await repo.listGuidesWithPosition(this.db, unit.id)).map(toGuide);
  }

  async guide(unit: ConsoleUnit, slug: string): Promise<AdminGuideT> {
    const found = (await repo.listGuidesWithPosition(this.db, unit.id)).find((g) => g.slug === slug);
    if (!found) throw guideNotFound();
    return toGuide(found);
  }

  /** Creates or replaces the guide with this slug, and moves it when a position is given. */
  async saveGuide(unit: ConsoleUnit, slug: string, input: GuideInputT): Promise<{ created: boolean; guide: AdminGuideT }> {
    const { position, ...content } = cleanStrings(input);
    const created = await this.db.transaction().execute(async (tx) => {
      const guides = await repo.listGuidesWithPosition(tx, unit.id);
      const existing = guides.find((g) => g.slug === slug);
      const guide = { title: content.title, summary: content.summary ?? '', steps: content.steps, links: content.links ?? [] };
      if (existing) await repo.updateGuide(tx, unit.id, slug, guide);
      else await repo.insertGuide(tx, unit.id, slug, guide, guides.reduce((max, g) => Math.max(max, g.position + 1), 0));
      if (position !== undefined) {
        const after = await repo.listGuidesWithPosition(tx, unit.id);
        const moved = after.find((g) => g.slug === slug)!;
        const order = after.filter((g) => g.slug !== slug);
        order.splice(Math.min(position, order.length), 0, moved);
        for (const [i, g] of order.entries()) if (g.position !== i) await repo.setGuidePosition(tx, unit.id, g.id, i);
      }
      await unitSettings.bumpCatalogVersion(tx, unit.id);
      return !existing;
    });
    this.catalog.invalidate(unit.id);
    return { created, guide: await this.guide(unit, slug) };
  }

  async deleteGuide(unit: ConsoleUnit, slug: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      if (!(await repo.deleteGuide(tx, unit.id, slug))) throw guideNotFound();
      await unitSettings.bumpCatalogVersion(tx, unit.id);
    });
    this.catalog.invalidate(unit.id);
  }
}

function toGuide(g: repo.GuideRow): AdminGuideT {
  return { slug: g.slug, title: g.title, summary: g.summary, steps: g.steps, links: g.links, position: g.position };
}
