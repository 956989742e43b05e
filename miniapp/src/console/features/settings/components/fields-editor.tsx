import { useState } from 'react';
import { ApiError } from '../../../../lib/api-client.ts';
import { invalidateQueries } from '../../../../lib/use-query.ts';
import { EmptyState, ErrorState, LoadingState, TextField } from '../../../../ui/index.ts';
import { Notice } from '../../../components/notice.tsx';
import { useRenames } from '../hooks/use-renames.ts';
import { ManagedListRow, type Act } from './managed-list-row.tsx';
import { createField, deleteField, updateField } from '../api/settings.ts';
import { useFieldSettings } from '../hooks/use-settings.ts';

/**
 * The unit's lĩnh vực, the list an officer classifies a PAKN under: add, rename, reorder, switch off
 * (a lĩnh vực in use is never deleted, only switched off).
 */
export function FieldsEditor({ unit, canEdit }: { unit?: string; canEdit: boolean }) {
  const fields = useFieldSettings(unit);
  const renames = useRenames(fields.data?.items);
  const [name, setName] = useState('');
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  const act: Act = async (work, done) => {
    setNotice(null);
    try {
      await work();
      invalidateQueries('console/settings/fields/');
      fields.reload();
      setNotice({ kind: 'success', text: done });
      return true;
    } catch (error) {
      setNotice({ kind: 'error', text: error instanceof ApiError ? error.message : 'Chưa lưu được. Vui lòng thử lại.' });
      return false;
    }
  };

  const saveNames = async () => {
    if (renames.changes.some((c) => c.name.length < 2)) return setNotice({ kind: 'error', text: 'Tên lĩnh vực cần ít nhất 2 ký tự.' });
    const ok = await act(async () => {
      for (const change of renames.changes) await updateField(change.id, { name: change.name }, unit);
    }, 'Đã đổi tên lĩnh vực.');
    if (ok) renames.clear();
  };
  if (fields.status === 'error') return <ErrorState error={fields.error} onRetry={fields.reload} />;
  if (!fields.data) return <LoadingState />;
  const items = fields.data.items;
  return (
    <div className="c-stack" data-testid="fields-editor">
      <p className="c-muted">Cán bộ chọn một lĩnh vực trong danh sách này khi tiếp nhận, phân loại phản ánh; số liệu PAKN được thống kê theo lĩnh vực.</p>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {items.length === 0 ? (
        <EmptyState>
          <p>Đơn vị chưa có lĩnh vực nào.{canEdit ? ' Hãy thêm lĩnh vực đầu tiên ở dưới.' : ''}</p>
        </EmptyState>
      ) : (
        <form
          className="c-stack"
          aria-label="Danh sách lĩnh vực"
          onSubmit={(event) => {
            event.preventDefault();
            void saveNames();
          }}
        >
          <ul className="c-topics">
            {items.map((field, index) => (
              <ManagedListRow key={`${field.id}-${field.name}-${field.position}-${field.active}`} item={field} name={renames.nameOf(field)} onName={(n) => renames.type(field.id, n)} noun="lĩnh vực" index={index} count={items.length} canEdit={canEdit} act={act}
                update={(patch) => updateField(field.id, patch, unit)} remove={() => deleteField(field.id, unit)} testId="field-row" />
            ))}
          </ul>
          {canEdit && (
            <div className="c-row">
              <button type="submit" className="c-btn c-btn--primary" disabled={renames.changes.length === 0}>
                Lưu thay đổi
              </button>
              {renames.changes.length > 0 && <span className="c-muted">{renames.changes.length} tên chưa lưu</span>}
            </div>
          )}
        </form>
      )}
      {canEdit && (
        <form
          className="c-row c-row--end"
          onSubmit={async (event) => {
            event.preventDefault();
            if (name.trim().length < 2) return setNotice({ kind: 'error', text: 'Tên lĩnh vực cần ít nhất 2 ký tự.' });
            if (await act(() => createField(name.trim(), unit), 'Đã thêm lĩnh vực.')) setName('');
          }}
        >
          <TextField label="Thêm lĩnh vực mới" value={name} onChange={setName} maxLength={120} placeholder="Ví dụ: Đất đai, Hộ tịch, Môi trường" />
          <button type="submit" className="c-btn c-btn--primary">
            Thêm lĩnh vực
          </button>
        </form>
      )}
    </div>
  );
}
