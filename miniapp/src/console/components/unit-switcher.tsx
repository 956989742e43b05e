import type { UnitSummaryT } from '@cchc/shared/api/units';
import { compareVietnamese } from '@cchc/shared/text/collate';
import { useSearchParams } from 'react-router-dom';
import { apiGet, apiPath } from '../../lib/api-client.ts';
import { useQuery } from '../../lib/use-query.ts';
import { useMe } from '../lib/session.tsx';
import { SelectField } from '../../ui/index.ts';

/** The unit a settings or catalog screen acts on: the officer's own; a city administrator may pick any (?unit=). */
export function useActingUnit(): string | undefined {
  const [params] = useSearchParams();
  const me = useMe();
  const unit = params.get('unit');
  return me.role === 'city_admin' && unit ? unit : undefined;
}

/** Every unit, city first then in Vietnamese order (for a city administrator's choices); null: not asked. */
export function useAllUnits(enabled: boolean): UnitSummaryT[] | undefined {
  const units = useQuery(enabled ? 'console/all-units' : null, (signal) => apiGet<{ items: UnitSummaryT[] }>(apiPath(['units']), { signal }));
  return units.data && [...units.data.items].sort((a, b) => (a.kind === 'city' ? -1 : b.kind === 'city' ? 1 : compareVietnamese(a.name, b.name)));
}

export function UnitSwitcher() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const units = useQuery(me.role === 'city_admin' ? 'console/all-units' : null, (signal) => apiGet<{ items: UnitSummaryT[] }>(apiPath(['units']), { signal }));
  if (me.role !== 'city_admin') return null;
  const sorted = [...(units.data?.items ?? [])].sort((a, b) => (a.kind === 'city' ? -1 : b.kind === 'city' ? 1 : compareVietnamese(a.name, b.name)));
  return (
    <div className="c-unit-switch">
      <SelectField
        label="Đơn vị"
        value={params.get('unit') ?? me.unit.slug}
        onChange={(slug) => {
          const next = new URLSearchParams(params);
          if (slug === me.unit.slug) next.delete('unit');
          else next.set('unit', slug);
          setParams(next, { replace: true });
        }}
      >
        <option value={me.unit.slug}>{me.unit.name}</option>
        {sorted
          .filter((u) => u.slug !== me.unit.slug)
          .map((u) => (
            <option key={u.slug} value={u.slug}>
              {u.name}
            </option>
          ))}
      </SelectField>
    </div>
  );
}

/** Adds ?unit= to a console path when a city administrator acts on another unit. */
export function withUnit(path: string, unit: string | undefined): string {
  if (!unit) return path;
  return `${path}${path.includes('?') ? '&' : '?'}unit=${encodeURIComponent(unit)}`;
}
