import type { FieldSettingT } from '@cchc/shared/api/settings';
import { useState } from 'react';
import { ApiError } from '../../../../lib/api-client.ts';
import { invalidateQueries } from '../../../../lib/use-query.ts';
import { EmptyState, ErrorState, LoadingState, TextField } from '../../../../ui/index.ts';
import { Notice } from '../../../components/notice.tsx';
import { createField, deleteField, updateField } from '../api/settings.ts';
import { useFieldSettings } from '../hooks/use-settings.ts';

type Act = (work: () => Promise<unknown>, done: string) => Promise<boolean>;

function FieldRow({ field, index, count, canEdit, unit, act }: {
  field: FieldSettingT;
  index: number;
  count: number;
  canEdit: boolean;
  unit?: string;
  act: Act;
}) {
  const [name, setName] = useState(field.name);
  const changed = name.trim() !== field.name;
  return (
    <li className={field.active ? 'c-topic' : 'c-topic c-topic--off'} data-testid="field-row" data-name={field.name}>
      {canEdit ? (
        <TextField label={`Tên lĩnh vực ${index + 1}`} className="c-topic__name" value={name} onChange={setName} maxLength={120} />
      ) : (
        <span className="c-topic__name">{field.name}</span>
      )}
      <span className="c-topic__meta">
        {field.active ? 'Đang dùng' : 'Đã tắt'} · {field.feedbackCount} phản ánh
      </span>
      {canEdit && (
        <span className="c-row c-row--wrap">
          {changed && (
            <button type="button" className="c-btn c-btn--primary c-btn--small" onClick={() => void act(() => updateField(field.id, { name: name.trim() }, unit), 'Đã đổi tên lĩnh vực.')}>
              Lưu tên
            </button>
          )}
          <button type="button" className="c-btn c-btn--small" disabled={index === 0} aria-label={`Đưa ${field.name} lên`} onClick={() => void act(() => updateField(field.id, { position: index - 1 }, unit), 'Đã đổi thứ tự.')}>
            ↑
          </button>
          <button type="button" className="c-btn c-btn--small" disabled={index === count - 1} aria-label={`Đưa ${field.name} xuống`} onClick={() => void act(() => updateField(field.id, { position: index + 1 }, unit), 'Đã đổi thứ tự.')}>
            ↓
          </button>
          <button
            type="button"
            className="c-btn c-btn--small"
            aria-label={`${field.active ? 'Tắt' : 'Bật'} ${field.name}`}
            onClick={() => void act(() => updateField(field.id, { active: !field.active }, unit), field.active ? 'Đã tắt lĩnh vực.' : 'Đã bật lĩnh vực.')}
          >
            {field.active ? 'Tắt' : 'Bật'}
          </button>
          {field.feedbackCount === 0 && (
            <button
              type="button"
              className="c-btn c-btn--danger c-btn--small"
              aria-label={`Xoá ${field.name}`}
              onClick={() => {
                if (window.confirm(`Xoá lĩnh vực “${field.name}”?`)) void act(() => deleteField(field.id, unit), 'Đã xoá lĩnh vực.');
              }}
            >
              Xoá
            </button>
          )}
        </span>
      )}
    </li>
  );
}

/**
 * The unit's lĩnh vực, the list an officer classifies a PAKN under: add, rename, reorder, switch off
 * (a lĩnh vực in use is never deleted, only switched off).
 */
export function FieldsEditor({ unit, canEdit }: { unit?: string; canEdit: boolean }) {
  const fields = useFieldSettings(unit);
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
        <ul className="c-topics">
          {items.map((field, index) => (
            <FieldRow key={`${field.id}-${field.name}-${field.position}-${field.active}`} field={field} index={index} count={items.length} canEdit={canEdit} unit={unit} act={act} />
          ))}
        </ul>
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
