import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ErrorBody, Slug } from '@cchc/shared/api/common';
import { CityProgress, UnitProgress } from '@cchc/shared/api/plans';
import { ProgressSeries, ProgressWarnings } from '@cchc/shared/api/progress';
import { unitNotFound } from '../../lib/domain-errors.ts';
import { unitFor, unitsCovered } from '../units/unit-access.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import type { ProgressService } from './progress.service.ts';

export interface ProgressRoutesOptions {
  progress: ProgressService;
  units: UnitDirectory;
}

const TAGS = ['Tiến độ kế hoạch'];
const UnitParams = Type.Object({ unit: Slug }, { additionalProperties: false });
const PeriodParams = Type.Object({ unit: Slug, period: Type.String({ maxLength: 20, description: '"2026", "2026-H1", "2026-Q1" hoặc "2026-03"' }) }, { additionalProperties: false });
const ERRORS = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody };

/** /api/v1/console/units/{unit}/progress…: done versus required per target and period. */
export const progressRoutes: FastifyPluginAsyncTypebox<ProgressRoutesOptions> = async (app, { progress, units }) => {
  const officer = app.requireOfficer();

  app.get('/api/v1/console/units/:unit/progress/warnings', {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Chỉ tiêu sắp hết kỳ mà chưa đạt (cảnh báo cho đơn vị thực hiện)', description: 'Của thành phố: mọi xã, phường.', params: UnitParams, response: { 200: ProgressWarnings, ...ERRORS } },
  }, async (request) => progress.warnings((await unitFor(request, units, request.params.unit, 'read')).id));

  app.get('/api/v1/console/units/:unit/progress/:period', {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Tiến độ từng chỉ tiêu của đơn vị trong kỳ', params: PeriodParams, response: { 200: UnitProgress, ...ERRORS } },
  }, async (request) => {
    const unit = await unitFor(request, units, request.params.unit, 'read');
    return progress.unit(unit.id, request.params.period);
  });

  app.get('/api/v1/console/units/:unit/progress/:period/city', {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Mọi xã, phường × chỉ tiêu trong kỳ, đơn vị chậm nhất trước (chỉ cho thành phố)', params: PeriodParams, response: { 200: CityProgress, ...ERRORS } },
  }, async (request) => {
    const unit = await unitFor(request, units, request.params.unit, 'read');
    progress.period(request.params.period);
    if (unit.kind !== 'city') throw unitNotFound();
    return progress.city(unit.id, request.params.period);
  });

  app.get('/api/v1/console/units/:unit/progress/:period/series', {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Số lượng theo tháng, kênh và loại (cho biểu đồ)', params: PeriodParams, response: { 200: ProgressSeries, ...ERRORS } },
  }, async (request) => {
    const unit = await unitFor(request, units, request.params.unit, 'read');
    const period = progress.period(request.params.period);
    const covered = await unitsCovered(units, unit);
    return { from: period.from, to: period.to, items: await progress.series(covered.map((u) => u.id), period.from, period.to) };
  });
};
