import type { CreateOfficerBodyT, OfficerListItemT, OfficerWithPasswordT } from '@cchc/shared/api/console-admin';
import type { ZaloLinkCodeT, ZaloLinkStatusT } from '@cchc/shared/api/zalo-link';
import { apiPath } from '../../../../lib/api-client.ts';
import { consoleGet, consoleRequest } from '../../../lib/console-api.ts';

export const getManagedOfficers = (signal?: AbortSignal) =>
  consoleGet<{ items: OfficerListItemT[] }>(apiPath(['console', 'officers'], { manage: 'true' }), signal);

export const createOfficer = (body: CreateOfficerBodyT) =>
  consoleRequest<OfficerWithPasswordT>(apiPath(['console', 'officers']), { method: 'POST', body });

export const setOfficerActive = (username: string, active: boolean) =>
  consoleRequest<OfficerListItemT>(apiPath(['console', 'officers', username]), { method: 'PATCH', body: { active } });

export const resetOfficerPassword = (username: string) =>
  consoleRequest<OfficerWithPasswordT>(apiPath(['console', 'officers', username, 'password']), { method: 'POST', body: {} });

export const changeOwnPassword = (currentPassword: string, newPassword: string) =>
  consoleRequest<null>(apiPath(['console', 'me', 'password']), { method: 'PUT', body: { currentPassword, newPassword } });

export const getZaloLink = (signal?: AbortSignal) => consoleGet<ZaloLinkStatusT>(apiPath(['console', 'me', 'zalo-link']), signal);
export const requestZaloLinkCode = () => consoleRequest<ZaloLinkCodeT>(apiPath(['console', 'me', 'zalo-link']), { method: 'POST', body: {} });
export const unlinkZalo = () => consoleRequest<null>(apiPath(['console', 'me', 'zalo-link']), { method: 'DELETE' });
