import type { PaknFiguresT } from '@cchc/shared/api/figures';
import { apiPath } from '../../../../lib/api-client.ts';
import { consoleGet } from '../../../lib/console-api.ts';

/** GET /api/v1/console/units/{unit}/figures?period=: the unit's PAKN figures (a city: every commune). */
export const getFigures = (unit: string, period: string, signal?: AbortSignal) =>
  consoleGet<PaknFiguresT>(apiPath(['console', 'units', unit, 'figures'], { period }), signal);
