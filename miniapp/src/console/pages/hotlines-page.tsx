import type { HotlineInputT } from '@cchc/shared/api/catalog-admin';
import { useEffect, useState } from 'react';
import { ApiError } from '../../lib/api-client.ts';
import { ErrorState, LoadingState, TextField } from '../../ui/index.ts';
import { Notice } from '../components/notice.tsx';
import { PageHead } from '../components/layout.tsx';
import { ListEditor } from '../components/list-editor.tsx';
import { UnitSwitcher, useActingUnit } from '../components/unit-switcher.tsx';
import { putHotlines } from '../features/catalog/api/catalog.ts';
import { CatalogTabs } from '../features/catalog/components/catalog-tabs.tsx';
import { useAdminHotlines } from '../features/catalog/hooks/use-catalog.ts';

export default function HotlinesPage() {
  const unit = useActingUnit();
  const hotlines = useAdminHotlines(unit);
  const [items, setItems] = useState<HotlineInputT[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  useEffect(() => {
    if (hotlines.data) setItems(hotlines.data.items.map(({ name, phone, purpose, hours }) => ({ name, phone, purpose, hours })));
  }, [hotlines.data]);

  return (
    <>
      <PageHead title="Đường dây nóng" />
      <UnitSwitcher />
      <CatalogTabs unit={unit} />
      {hotlines.status === 'error' && <ErrorState error={hotlines.error} onRetry={hotlines.reload} />}
      {!items && hotlines.status === 'loading' && <LoadingState />}
      {items && (
        <form
          className="c-card c-stack"
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            setBusy(true);
            setMessage(null);
            try {
              const saved = await putHotlines(
                items.map((h) => ({ name: h.name.trim(), phone: h.phone.trim(), purpose: (h.purpose ?? '').trim(), hours: (h.hours ?? '').trim() })),
                unit,
              );
              setItems(saved.items.map(({ name, phone, purpose, hours }) => ({ name, phone, purpose, hours })));
              setMessage({ kind: 'success', text: 'Đã lưu danh sách đường dây nóng.' });
            } catch (error) {
              setMessage({ kind: 'error', text: error instanceof ApiError ? error.message : 'Chưa lưu được.' });
            } finally {
              setBusy(false);
            }
          }}
        >
          <p className="c-muted">Người dân thấy danh sách theo đúng thứ tự này. Số điện thoại ghi như thường viết, ví dụ 0225 3999 011.</p>
          {message && <Notice kind={message.kind}>{message.text}</Notice>}
          <ListEditor
            legend="Danh sách"
            items={items}
            onChange={setItems}
            make={() => ({ name: '', phone: '', purpose: '', hours: '' })}
            addLabel="Thêm đường dây nóng"
            itemLabel={(i) => `Số ${i + 1}`}
            render={(h, set) => (
              <div className="c-grid-2">
                <TextField label="Tên" value={h.name} onChange={(v) => set({ ...h, name: v })} maxLength={200} />
                <TextField label="Số điện thoại" type="tel" value={h.phone} onChange={(v) => set({ ...h, phone: v })} maxLength={20} />
                <TextField label="Dùng khi nào" value={h.purpose ?? ''} onChange={(v) => set({ ...h, purpose: v })} maxLength={1000} />
                <TextField label="Giờ trực" value={h.hours ?? ''} onChange={(v) => set({ ...h, hours: v })} maxLength={200} />
              </div>
            )}
          />
          <div>
            <button type="submit" className="c-btn c-btn--primary" disabled={busy}>
              {busy ? 'Đang lưu…' : 'Lưu danh sách'}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
