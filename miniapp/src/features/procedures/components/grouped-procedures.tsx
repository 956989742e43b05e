import type { ProcedureSummaryT } from '@cchc/shared/api/catalog';
import { ProcedureLink } from './procedure-link.tsx';

/**
 * Groups results by lĩnh vực without losing the ranking: groups come in the order of their best result,
 * and inside a group results keep the server's order (best first).
 */
export function groupByField(items: ProcedureSummaryT[]): { field: string; items: ProcedureSummaryT[] }[] {
  const groups = new Map<string, ProcedureSummaryT[]>();
  for (const item of items) {
    const field = item.field || 'Lĩnh vực khác';
    const group = groups.get(field);
    if (group) group.push(item);
    else groups.set(field, [item]);
  }
  return [...groups].map(([field, groupItems]) => ({ field, items: groupItems }));
}

export function GroupedProcedures({ items }: { items: ProcedureSummaryT[] }) {
  return (
    <div className="procedure-groups" data-testid="search-results">
      {groupByField(items).map((group) => (
        <section key={group.field} className="procedure-group">
          <h2 className="section-title">
            {group.field} <span className="muted">({group.items.length})</span>
          </h2>
          <ul className="card-list">
            {group.items.map((p) => (
              <li key={p.code}>
                <ProcedureLink procedure={p} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
