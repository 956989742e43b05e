import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ErrorBody, Slug } from '@cchc/shared/api/common';
import { PaknFigures } from '@cchc/shared/api/figures';
import { rangeOf } from '../../lib/query-range.ts';
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
