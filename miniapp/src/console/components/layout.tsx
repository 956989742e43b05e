import { OFFICER_ROLE_LABELS } from '../lib/labels.ts';
import { useEffect, useState, type ReactNode } from 'react';
import { NavLink, Outlet } from 'react-router-dom';
import { CalendarReminder } from '../features/settings/components/calendar-reminder.tsx';
import { canApprove, canManageAccounts, canManageOpen311Keys, useMe, useSession } from '../lib/session.tsx';

export function useTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Bảng điều khiển CCHC`;
  }, [title]);
}

/** The console's frame: a top bar with the sections, the officer, "Đăng xuất" and "Đăng xuất mọi thiết bị"; the screen below. */
export function Layout() {
  const me = useMe();
  const { logout } = useSession();
  const [leaving, setLeaving] = useState(false);

  const links: { to: string; label: string; end?: boolean }[] = [
    { to: '/', label: 'Hàng chờ', end: true },
    ...(canApprove(me) ? [{ to: '/approvals', label: 'Chờ duyệt' }] : []),
    { to: '/inbox', label: 'Hỏi đáp' },
    // Issue 8, the dashboard:
    { to: '/progress', label: 'Tiến độ', end: true },
    ...(me.role === 'city_admin' ? [{ to: '/progress/city', label: 'Toàn thành phố' }] : []),
    { to: '/plans', label: 'Kế hoạch' },
    { to: '/activities', label: 'Hoạt động' },
    { to: '/figures', label: 'Số liệu PAKN' },
    { to: '/satisfaction', label: 'Hài lòng' },
    { to: '/reports', label: 'Báo cáo' },
    { to: '/settings', label: 'Cài đặt' },
    { to: '/catalog', label: 'Danh mục' },
    { to: '/articles', label: 'Tin bài' },
    ...(canManageAccounts(me) ? [{ to: '/officers', label: 'Tài khoản' }] : []),
    ...(canManageOpen311Keys(me) ? [{ to: '/open311-keys', label: 'Khóa Open311' }] : []),
  ];

  return (
    <div className="c-app">
      <header className="c-top">
        <div className="c-top__inner">
          <div className="c-brand">
            <span className="c-brand__name">Bảng điều khiển CCHC</span>
            <span className="c-brand__unit">{me.unit.name}</span>
          </div>
          <nav className="c-nav" aria-label="Mục chính">
            {links.map((link) => (
              <NavLink key={link.to} to={link.to} end={link.end} className={({ isActive }) => (isActive ? 'c-nav__link c-nav__link--active' : 'c-nav__link')}>
                {link.label}
              </NavLink>
            ))}
          </nav>
          <div className="c-user">
            <span className="c-user__name" data-testid="officer-name">
              {me.displayName}
              <span className="c-user__role">{OFFICER_ROLE_LABELS[me.role]}</span>
            </span>
            <NavLink to="/password" className="c-btn c-btn--ghost">
              Đổi mật khẩu
            </NavLink>
            <button
              type="button"
              className="c-btn c-btn--ghost"
              disabled={leaving}
              onClick={async () => {
                // The session ends; the login screen takes over (and says "Bạn đã đăng xuất").
                setLeaving(true);
                await logout().catch(() => setLeaving(false));
              }}
            >
              Đăng xuất
            </button>
            <button
              type="button"
              className="c-btn c-btn--ghost"
              disabled={leaving}
              title="Kết thúc phiên đăng nhập trên mọi máy tính và điện thoại"
              onClick={async () => {
                if (!window.confirm('Đăng xuất khỏi mọi thiết bị đang đăng nhập bằng tài khoản này?')) return;
                setLeaving(true);
                await logout({ everywhere: true }).catch(() => setLeaving(false));
              }}
            >
              Đăng xuất mọi thiết bị
            </button>
          </div>
        </div>
      </header>
      <main className="c-main">
        {me.role === 'city_admin' && <CalendarReminder />}
        <Outlet />
      </main>
    </div>
  );
}

export function PageHead({ title, children }: { title: string; children?: ReactNode }) {
  useTitle(title);
  return (
    <div className="c-page-head">
      <h1 className="c-h1">{title}</h1>
      {children && <div className="c-page-head__actions">{children}</div>}
    </div>
  );
}
