import type { OfficerRoleT } from '@cchc/shared/api/console';

export const OFFICER_ROLE_LABELS: Record<OfficerRoleT, string> = {
  city_admin: 'Quản trị thành phố',
  unit_admin: 'Quản trị đơn vị',
  leader: 'Lãnh đạo',
  officer: 'Cán bộ',
};
