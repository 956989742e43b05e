import type { UnitKindT, UnitSummaryT } from '@cchc/shared/api/units';
import { useMemo, useState } from 'react';
import { SearchBox } from '../../../components/search-box.tsx';
import { ChevronRightIcon } from '../../../components/icons.tsx';
import { EmptyState } from '../../../ui/index.ts';
import { compareVietnamese } from '@cchc/shared/text/collate';
import { foldForSearch } from '@cchc/shared/text/normalize';

const GROUPS: { kind: UnitKindT; title: string }[] = [
  { kind: 'commune', title: 'Xã' },
  { kind: 'ward', title: 'Phường' },
  { kind: 'special_zone', title: 'Đặc khu' },
];

/** "Xã Bình Giang" → "Bình Giang": the part people sort and search by. */
function bareName(unit: UnitSummaryT): string {
  return unit.name.replace(/^(xã|phường|đặc khu|thị trấn)\s+/i, '');
}

type UnitPickerProps = {
  units: UnitSummaryT[];
  currentSlug: string | undefined;
  onChoose: (unit: UnitSummaryT) => void;
};

/** Searchable list of the communes, wards and special zones (never the city itself), grouped by kind. */
export function UnitPicker({ units, currentSlug, onChoose }: UnitPickerProps) {
  const [query, setQuery] = useState('');

  const prepared = useMemo(
    () =>
      units
        .filter((u) => u.kind !== 'city')
        .map((u) => ({ unit: u, bare: bareName(u), key: foldForSearch(u.name) }))
        .sort((a, b) => compareVietnamese(a.bare, b.bare)),
    [units],
  );

  const folded = foldForSearch(query);
  const visible = folded ? prepared.filter((p) => p.key.includes(folded)) : prepared;
  const groups = GROUPS.map((g) => ({ ...g, items: visible.filter((p) => p.unit.kind === g.kind) })).filter(
    (g) => g.items.length > 0,
  );

  return (
    <div className="unit-picker">
      <SearchBox
        label="Tìm tên xã, phường"
        placeholder="Ví dụ: Bình Giang"
        value={query}
        onChange={setQuery}
      />
      {groups.length === 0 && (
        <EmptyState>
          <p>Không tìm thấy xã, phường nào có tên “{query.trim()}”.</p>
          <p>Hãy kiểm tra lại chính tả, có thể gõ không dấu, ví dụ: binh giang.</p>
        </EmptyState>
      )}
      {groups.map((group) => (
        <section key={group.kind} className="unit-group" aria-label={group.title}>
          <h2 className="section-title">
            {group.title} <span className="muted">({group.items.length})</span>
          </h2>
          <ul className="card-list">
            {group.items.map(({ unit }) => (
              <li key={unit.slug}>
                <button
                  type="button"
                  className={unit.slug === currentSlug ? 'list-row list-row--selected' : 'list-row'}
                  aria-current={unit.slug === currentSlug ? 'true' : undefined}
                  onClick={() => onChoose(unit)}
                >
                  <span className="list-row__text">
                    <span className="list-row__title">{unit.name}</span>
                    {unit.slug === currentSlug && <span className="list-row__meta">Đang chọn</span>}
                  </span>
                  <ChevronRightIcon className="list-row__chevron" />
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
