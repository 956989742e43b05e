import { NavLink } from 'react-router-dom';
import { withUnit } from '../../../components/unit-switcher.tsx';

/** Catalog maintenance: procedures, import, hotlines, guides. */
export function CatalogTabs({ unit }: { unit?: string }) {
  const tabs = [
    { to: '/catalog', label: 'Thủ tục', end: true },
    { to: '/catalog/import', label: 'Nhập từ tệp' },
    { to: '/catalog/hotlines', label: 'Đường dây nóng' },
    { to: '/catalog/guides', label: 'Hướng dẫn trực tuyến' },
  ];
  return (
    <nav className="c-tabs" aria-label="Danh mục">
      {tabs.map((t) => (
        <NavLink key={t.to} to={withUnit(t.to, unit)} end={t.end} className={({ isActive }) => (isActive ? 'c-tabs__link c-tabs__link--active' : 'c-tabs__link')}>
          {t.label}
        </NavLink>
      ))}
    </nav>
  );
}

export const PROCEDURE_STATUS_LABELS: Record<string, string> = {
  active: 'Đang áp dụng',
  amended: 'Đã sửa đổi, bổ sung',
  repealed: 'Đã bãi bỏ',
};

export const DECISION_LABELS: Record<string, string> = {
  published: 'Công bố',
  updated: 'Cập nhật',
  amended: 'Sửa đổi, bổ sung',
  repealed: 'Bãi bỏ',
};
