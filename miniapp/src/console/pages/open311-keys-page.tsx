import type { Open311KeyT } from '@cchc/shared/api/console-admin';
import { useState } from 'react';
import { ApiError } from '../../lib/api-client.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { useQuery } from '../../lib/use-query.ts';
import { EmptyState, ErrorState, LoadingState, SelectField, TextField } from '../../ui/index.ts';
import { Notice } from '../components/notice.tsx';
import { PageHead } from '../components/layout.tsx';
import { OneTimeSecret } from '../components/one-time-secret.tsx';
import { useAllUnits } from '../components/unit-switcher.tsx';
import { getOpen311Keys, issueOpen311Key, revokeOpen311Key } from '../features/open311-keys/api/open311-keys.ts';

const ALL_UNITS = '';

/** The city administrator's keys for city systems that send PAKN through Open311: issue (shown once) and revoke. */
export default function Open311KeysPage() {
  const keys = useQuery('console/open311-keys', (signal) => getOpen311Keys(signal), { keepPrevious: true });
  const units = useAllUnits(true);
  const [name, setName] = useState('');
  const [unit, setUnit] = useState(ALL_UNITS);
  const [busy, setBusy] = useState(false);
  const [issued, setIssued] = useState<{ name: string; secret: string } | null>(null);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  const revoke = async (key: Open311KeyT) => {
    if (!window.confirm(`Thu hồi khóa “${key.name}”? Hệ thống dùng khóa này sẽ không gửi được phản ánh nữa, ngay lập tức.`)) return;
    setNotice(null);
    try {
      await revokeOpen311Key(key.id);
      setNotice({ kind: 'success', text: `Đã thu hồi khóa “${key.name}”.` });
      keys.reload();
    } catch (error) {
      setNotice({ kind: 'error', text: error instanceof ApiError ? error.message : 'Chưa thu hồi được. Vui lòng thử lại.' });
    }
  };

  return (
    <>
      <PageHead title="Khóa Open311" />
      <p className="c-muted">
        Hệ thống của thành phố (ví dụ tổng đài 1022) gửi phản ánh vào đây qua Open311 bằng khóa do quản trị thành phố cấp. Khóa mới dùng được ngay; khóa bị thu hồi thôi dùng
        được ngay.
      </p>
      {issued && (
        <OneTimeSecret title={`Khóa Open311 của “${issued.name}”`} secret={issued.secret} testId="issued-key" onDone={() => setIssued(null)}>
          Khóa chỉ hiện một lần; máy chủ chỉ lưu mã băm của khóa. Hãy chuyển ngay cho đơn vị vận hành hệ thống qua kênh an toàn. Mất khóa thì thu hồi và cấp khóa mới.
        </OneTimeSecret>
      )}
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <form
        className="c-card c-stack"
        noValidate
        aria-labelledby="new-key-title"
        onSubmit={async (event) => {
          event.preventDefault();
          if (name.trim().length < 3) return setNotice({ kind: 'error', text: 'Vui lòng đặt tên hệ thống dùng khóa (ít nhất 3 ký tự).' });
          setBusy(true);
          setNotice(null);
          try {
            const result = await issueOpen311Key({ name: name.trim(), ...(unit ? { unit } : {}) });
            setIssued({ name: result.key.name, secret: result.secret });
            setName('');
            keys.reload();
          } catch (error) {
            setNotice({ kind: 'error', text: error instanceof ApiError ? error.message : 'Chưa cấp được khóa. Vui lòng thử lại.' });
          } finally {
            setBusy(false);
          }
        }}
      >
        <h2 className="c-h2" id="new-key-title">
          Cấp khóa mới
        </h2>
        <div className="c-grid-2">
          <TextField label="Tên hệ thống dùng khóa" hint="Ví dụ: Tổng đài 1022 Hải Phòng" value={name} onChange={setName} maxLength={120} autoComplete="off" />
          <SelectField label="Được gửi đến" value={unit} onChange={setUnit}>
            <option value={ALL_UNITS}>Mọi đơn vị</option>
            {(units ?? []).map((u) => (
              <option key={u.slug} value={u.slug}>
                {u.name}
              </option>
            ))}
          </SelectField>
        </div>
        <div>
          <button type="submit" className="c-btn c-btn--primary" disabled={busy}>
            {busy ? 'Đang cấp…' : 'Cấp khóa'}
          </button>
        </div>
      </form>
      <section className="c-card" aria-labelledby="keys-title">
        <h2 className="c-h2" id="keys-title">
          Các khóa đã cấp
        </h2>
        {keys.status === 'error' && <ErrorState error={keys.error} onRetry={keys.reload} />}
        {!keys.data && keys.status === 'loading' && <LoadingState />}
        {keys.data && keys.data.items.length === 0 && (
          <EmptyState>
            <p>Chưa cấp khóa nào.</p>
          </EmptyState>
        )}
        {keys.data && keys.data.items.length > 0 && (
          <div className={keys.isFetching ? 'c-table-wrap c-stale' : 'c-table-wrap'}>
            <table className="c-table c-table--rows">
              <thead>
                <tr>
                  <th scope="col">Tên hệ thống</th>
                  <th scope="col">Được gửi đến</th>
                  <th scope="col">Ngày cấp</th>
                  <th scope="col">Dùng gần nhất</th>
                  <th scope="col">Trạng thái</th>
                  <th scope="col">Thao tác</th>
                </tr>
              </thead>
              <tbody>
                {keys.data.items.map((k) => (
                  <tr key={k.id} data-testid={`open311-key-${k.id}`}>
                    <td data-label="Tên">{k.name}</td>
                    <td data-label="Gửi đến">{k.unit ? k.unit.name : 'Mọi đơn vị'}</td>
                    <td data-label="Ngày cấp">{formatDate(k.createdAt)}</td>
                    <td data-label="Dùng">{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : 'Chưa dùng'}</td>
                    <td data-label="Trạng thái">
                      {k.revokedAt ? <span className="c-badge c-badge--off">Đã thu hồi {formatDate(k.revokedAt)}</span> : <span className="c-badge c-badge--public">Đang dùng</span>}
                    </td>
                    <td data-label="Thao tác">
                      {!k.revokedAt && (
                        <button type="button" className="c-btn c-btn--danger c-btn--small" onClick={() => void revoke(k)} aria-label={`Thu hồi khóa ${k.name}`}>
                          Thu hồi
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
