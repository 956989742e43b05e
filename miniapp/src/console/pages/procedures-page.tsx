import { ONLINE_LEVEL_LABELS } from '@cchc/shared/api/labels';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { formatDate } from '../../lib/format.ts';
import { EmptyState, ErrorState, LoadingState, SelectField, TextField } from '../../ui/index.ts';
import { PageHead } from '../components/layout.tsx';
import { Pager } from '../components/pager.tsx';
import { UnitSwitcher, useActingUnit, withUnit } from '../components/unit-switcher.tsx';
import { CatalogTabs, PROCEDURE_STATUS_LABELS } from '../features/catalog/components/catalog-tabs.tsx';
import { useAdminProcedures } from '../features/catalog/hooks/use-catalog.ts';

const PAGE_SIZE = 30;

export default function ProceduresPage() {
  const unit = useActingUnit();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const status = params.get('status') ?? '';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const [text, setText] = useState(q);
  const list = useAdminProcedures({ unit, q: q || undefined, status: status || undefined, limit: PAGE_SIZE, offset });

  useEffect(() => setText(q), [q]);

  const update = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('offset' in patch)) next.delete('offset');
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHead title="Danh mục thủ tục hành chính">
        <Link className="c-btn c-btn--primary" to={withUnit('/catalog/procedures/new', unit)}>
          Thêm thủ tục
        </Link>
      </PageHead>
      <UnitSwitcher />
      <CatalogTabs unit={unit} />
      <form
        className="c-filters"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          update({ q: text.trim() });
        }}
      >
        <TextField label="Tìm theo mã, tên, lĩnh vực" value={text} onChange={setText} type="search" placeholder="Ví dụ: khai sinh, 1.001193" />
        <SelectField label="Trạng thái" value={status} onChange={(v) => update({ status: v })}>
          <option value="">Mọi trạng thái</option>
          {Object.entries(PROCEDURE_STATUS_LABELS).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </SelectField>
        <div className="c-filters__submit">
          <button type="submit" className="c-btn">
            Tìm
          </button>
        </div>
      </form>
      {list.status === 'error' && <ErrorState error={list.error} onRetry={list.reload} />}
      {!list.data && list.status === 'loading' && <LoadingState />}
      {list.data && (
        <div className={list.isFetching ? 'c-stale' : undefined}>
          <p className="c-count">{list.data.total} thủ tục</p>
          {list.data.items.length === 0 ? (
            <EmptyState>
              <p>Không có thủ tục nào khớp.</p>
            </EmptyState>
          ) : (
            <div className="c-table-wrap">
              <table className="c-table c-table--rows">
                <thead>
                  <tr>
                    <th scope="col">Mã</th>
                    <th scope="col">Tên thủ tục</th>
                    <th scope="col">Lĩnh vực</th>
                    <th scope="col">Mức trực tuyến</th>
                    <th scope="col">Trạng thái</th>
                    <th scope="col">Cập nhật</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.items.map((p) => (
                    <tr key={p.code}>
                      <td className="c-mono" data-label="Mã">
                        {p.code}
                      </td>
                      <td data-label="Tên">
                        <Link to={withUnit(`/catalog/procedures/${encodeURIComponent(p.code)}`, unit)}>{p.name}</Link>
                      </td>
                      <td data-label="Lĩnh vực">{p.field}</td>
                      <td data-label="Trực tuyến">{ONLINE_LEVEL_LABELS[p.onlineLevel]}</td>
                      <td data-label="Trạng thái">
                        <span className={`c-badge c-proc-status c-proc-status--${p.status}`}>{PROCEDURE_STATUS_LABELS[p.status]}</span>
                      </td>
                      <td data-label="Cập nhật">{formatDate(p.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager offset={offset} limit={PAGE_SIZE} total={list.data.total} onChange={(o) => update({ offset: o ? String(o) : '' })} />
        </div>
      )}
    </>
  );
}
