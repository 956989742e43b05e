import type { OfficerListItemT } from '@cchc/shared/api/console-admin';
import { useState } from 'react';
import { ApiError } from '../../lib/api-client.ts';
import { formatDate } from '../../lib/format.ts';
import { invalidateQueries, useQuery } from '../../lib/use-query.ts';
import { PageHead } from '../components/layout.tsx';
import { OneTimeSecret } from '../components/one-time-secret.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../ui/index.ts';
import { Notice } from '../components/notice.tsx';
import { getManagedOfficers, resetOfficerPassword, setOfficerActive } from '../features/accounts/api/accounts.ts';
import { OfficerForm } from '../features/accounts/components/officer-form.tsx';
import { OFFICER_ROLE_LABELS } from '../lib/labels.ts';
import { useMe } from '../lib/session.tsx';

/** Officer accounts for the unit (or, for the city administrator, every unit): create, lock, unlock, reset password. */
export default function OfficersPage() {
  const me = useMe();
  const list = useQuery('console/officers/manage', (signal) => getManagedOfficers(signal), { keepPrevious: true });
  const [secret, setSecret] = useState<{ username: string; password: string } | null>(null);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const act = async (username: string, work: () => Promise<unknown>, done: string) => {
    setBusy(username);
    setNotice(null);
    try {
      await work();
      setNotice({ kind: 'success', text: done });
      // The assign lists too: a locked officer is not offered any more.
      invalidateQueries('console/officers');
      list.reload();
    } catch (error) {
      setNotice({ kind: 'error', text: error instanceof ApiError ? error.message : 'Chưa thực hiện được. Vui lòng thử lại.' });
    } finally {
      setBusy(null);
    }
  };

  const toggle = (o: OfficerListItemT) =>
    act(o.username, () => setOfficerActive(o.username, !o.active), o.active ? `Đã khóa tài khoản ${o.username}; các phiên đăng nhập của tài khoản đã kết thúc.` : `Đã mở lại tài khoản ${o.username}.`);

  const reset = (o: OfficerListItemT) => {
    if (!window.confirm(`Đặt lại mật khẩu của ${o.displayName} (${o.username})? Mật khẩu cũ thôi dùng được và cán bộ phải đăng nhập lại.`)) return;
    void act(o.username, async () => {
      const result = await resetOfficerPassword(o.username);
      if (result.password) setSecret({ username: o.username, password: result.password });
    }, `Đã đặt lại mật khẩu của ${o.username}.`);
  };

  return (
    <>
      <PageHead title="Tài khoản cán bộ" />
      <p className="c-muted">
        {me.role === 'city_admin' ? 'Quản trị thành phố quản lý tài khoản của mọi đơn vị.' : `Tài khoản cán bộ của ${me.unit.name}.`} Khóa tài khoản hoặc đặt lại mật khẩu
        kết thúc ngay mọi phiên đăng nhập của tài khoản đó. Tài khoản không bị xoá để giữ lịch sử xử lý phản ánh.
      </p>
      {secret && (
        <OneTimeSecret title={`Mật khẩu dùng một lần của ${secret.username}`} secret={secret.password} testId="one-time-password" onDone={() => setSecret(null)}>
          Mật khẩu chỉ hiện một lần. Hãy ghi lại và trao tận tay cán bộ; hệ thống không lưu và không gửi lại mật khẩu này. Cán bộ đổi mật khẩu ngay sau khi đăng nhập (nút “Đổi mật khẩu” ở đầu trang).
        </OneTimeSecret>
      )}
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <OfficerForm
        onCreated={(created) => {
          setNotice({ kind: 'success', text: `Đã tạo tài khoản ${created.officer.username} (${OFFICER_ROLE_LABELS[created.officer.role]}, ${created.officer.unit.name}).` });
          if (created.password) setSecret({ username: created.officer.username, password: created.password });
          invalidateQueries('console/officers');
          list.reload();
        }}
      />
      <section className="c-card" aria-labelledby="officers-title">
        <h2 className="c-h2" id="officers-title">
          Danh sách tài khoản
        </h2>
        {list.status === 'error' && <ErrorState error={list.error} onRetry={list.reload} />}
        {!list.data && list.status === 'loading' && <LoadingState />}
        {list.data && list.data.items.length === 0 && (
          <EmptyState>
            <p>Chưa có tài khoản nào.</p>
          </EmptyState>
        )}
        {list.data && list.data.items.length > 0 && (
          <div className={list.isFetching ? 'c-table-wrap c-stale' : 'c-table-wrap'}>
            <table className="c-table c-table--rows">
              <thead>
                <tr>
                  <th scope="col">Họ và tên</th>
                  <th scope="col">Tên đăng nhập</th>
                  <th scope="col">Vai trò</th>
                  {me.role === 'city_admin' && <th scope="col">Đơn vị</th>}
                  <th scope="col">Trạng thái</th>
                  <th scope="col">Thao tác</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((o) => (
                  <tr key={o.username} data-testid={`officer-${o.username}`}>
                    <td data-label="Họ tên">{o.displayName}</td>
                    <td className="c-mono" data-label="Đăng nhập">
                      {o.username}
                    </td>
                    <td data-label="Vai trò">{OFFICER_ROLE_LABELS[o.role]}</td>
                    {me.role === 'city_admin' && <td data-label="Đơn vị">{o.unit.name}</td>}
                    <td data-label="Trạng thái">
                      {o.active ? <span className="c-badge c-badge--public">Đang hoạt động</span> : <span className="c-badge c-badge--off">Đã khóa {formatDate(o.disabledAt)}</span>}
                    </td>
                    <td data-label="Thao tác">
                      <span className="c-row c-row--wrap">
                        {o.username !== me.username && (
                          <button type="button" className={o.active ? 'c-btn c-btn--danger c-btn--small' : 'c-btn c-btn--small'} disabled={busy === o.username} onClick={() => void toggle(o)} aria-label={`${o.active ? 'Khóa' : 'Mở khóa'} ${o.username}`}>
                            {o.active ? 'Khóa' : 'Mở khóa'}
                          </button>
                        )}
                        <button type="button" className="c-btn c-btn--small" disabled={busy === o.username} onClick={() => reset(o)} aria-label={`Đặt lại mật khẩu ${o.username}`}>
                          Đặt lại mật khẩu
                        </button>
                      </span>
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
