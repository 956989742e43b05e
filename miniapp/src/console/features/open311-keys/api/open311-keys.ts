import type { CreateOpen311KeyBodyT, IssuedOpen311KeyT, Open311KeyT } from '@cchc/shared/api/console-admin';
import { apiPath } from '../../../../lib/api-client.ts';
import { consoleGet, consoleRequest } from '../../../lib/console-api.ts';

export const getOpen311Keys = (signal?: AbortSignal) => consoleGet<{ items: Open311KeyT[] }>(apiPath(['console', 'open311-keys']), signal);

export const issueOpen311Key = (body: CreateOpen311KeyBodyT) =>
  consoleRequest<IssuedOpen311KeyT>(apiPath(['console', 'open311-keys']), { method: 'POST', body });

export const revokeOpen311Key = (id: number) => consoleRequest<Open311KeyT>(apiPath(['console', 'open311-keys', String(id)]), { method: 'DELETE' });
