import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ErrorBody, Slug } from '@cchc/shared/api/common';
import { PaknFigures } from '@cchc/shared/api/figures';
import { parsePeriod } from '@cchc/shared/plan/periods';
import { InvalidInputError } from '../../lib/domain-errors.ts';
import { unitFor, unitsCovered } from '../units/unit-access.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import type { PaknFiguresService } from './figures.service.ts';

export interface FiguresRoutesOptions {
  units: UnitDirectory;
  figures: PaknFiguresService;
}

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 });
const FiguresQuery = Type.Object({
  period: Type.Optional(Type.String({ maxLength: 10, description: '2026, 2026-H1, 2026-Q1 hoặc 2026-03' })),
  from: Type.Optional(Day),
  to: Type.Optional(Day),
});

/** At most this many days in one request (a few years of figures). */
const MAX_DAYS = 3 * 366;

const invalid = (message: string) => new InvalidInputError('VALIDATION_FAILED', message);

function isDay(day: string): boolean {
  const t = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === day;
}

/** The days the query asks for: a named period, or from/to. */
export function rangeOf(query: { period?: string; from?: string; to?: string }): { from: string; to: string } {
  if (query.period !== undefined) {
    if (query.from !== undefined || query.to !== undefined) throw invalid('Chọn kỳ (period) hoặc khoảng ngày (from, to), không chọn cả hai.');
    const period = parsePeriod(query.period);
    if (!period) throw invalid('Kỳ không hợp lệ. Ví dụ: 2026, 2026-H1, 2026-Q1, 2026-03.');
    return { from: period.from, to: period.to };
  }
  if (query.from === undefined || query.to === undefined) throw invalid('Vui lòng chọn kỳ (period) hoặc cả ngày bắt đầu và ngày kết thúc (from, to).');
  if (!isDay(query.from) || !isDay(query.to)) throw invalid('Ngày không hợp lệ. Viết theo dạng YYYY-MM-DD.');
  if (query.from > query.to) throw invalid('Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.');
  if ((Date.parse(query.to) - Date.parse(query.from)) / 86_400_000 > MAX_DAYS) throw invalid('Khoảng ngày quá dài: tối đa 3 năm.');
  return { from: query.from, to: query.to };
}

/** GET /api/v1/console/units/{unit}/figures: the PAKN figures of a unit, or of every commune of a city. */
export const figuresRoutes: FastifyPluginAsyncTypebox<FiguresRoutesOptions> = async (app, { units, figures }) => {
  app.get('/api/v1/console/units/:unit/figures', {
    preHandler: app.requireOfficer(),
    schema: {
      tags: ['Số liệu PAKN'],
      summary: 'Số liệu phản ánh, kiến nghị của đơn vị trong một kỳ',
      description: 'Theo ngày tiếp nhận (giờ Việt Nam). Đơn vị cấp thành phố: cộng mọi xã, phường của thành phố, từng đơn vị một dòng.',
      params: Type.Object({ unit: Slug }),
      querystring: FiguresQuery,
      response: { 200: PaknFigures, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
    },
  }, async (request, reply) => {
    const unit = await unitFor(request, units, request.params.unit, 'read');
    const { from, to } = rangeOf(request.query);
    const covered = await unitsCovered(units, unit);
    reply.header('cache-control', 'no-store');
    return figures.figures(covered.map((u) => u.id), from, to);
  });
};
