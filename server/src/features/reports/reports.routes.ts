import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBody } from '@cchc/shared/api/common';
import {
  Report,
  ReportDueRule,
  ReportDueRuleBody,
  ReportParams,
  ReportQuery,
  ReportTexts,
  ReportTextsBody,
  ReportUnitParams,
  UpcomingReports,
} from '@cchc/shared/api/reports';
import { ForbiddenError } from '../../lib/domain-errors.ts';
import { unitFor, unitsCovered } from '../units/unit-access.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import { reportDocx } from './report-docx.ts';
import { contentDisposition, reportFileName } from './report-file-name.ts';
import { reportPeriod } from './report-period.ts';
import { reportXlsx } from './report-xlsx.ts';
import type { ReportDueService } from './report-due.service.ts';
import type { ReportsService } from './reports.service.ts';

export interface ReportsRoutesOptions {
  units: UnitDirectory;
  reports: ReportsService;
  due: ReportDueService;
}

const TAGS = ['Báo cáo định kỳ'];
const READ_ERRORS = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody };
const WRITE_ERRORS = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The periodic report: the model, its Word and spreadsheet files, its texts, and due dates. */
export const reportsRoutes: FastifyPluginAsyncTypebox<ReportsRoutesOptions> = async (app, { units, reports, due }) => {
  const officer = app.requireOfficer();
  const cityAdmin = app.requireOfficer(['city_admin']);

  app.get('/api/v1/console/units/:unit/reports/upcoming', {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Các báo cáo sắp đến hạn gửi', params: ReportUnitParams, response: { 200: UpcomingReports, ...READ_ERRORS } },
  }, async (request) => {
    const unit = await unitFor(request, units, request.params.unit, 'read');
    return due.upcoming(unit);
  });

  app.get('/api/v1/console/units/:unit/reports/:period', {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Báo cáo kết quả tuyên truyền CCHC của một kỳ (quý, 6 tháng, năm)',
      description: 'format=json (mặc định): nội dung báo cáo; docx: tệp Word theo Nghị định 30/2020; xlsx: bảng tính số liệu.',
      params: ReportParams,
      querystring: ReportQuery,
      response: { 200: Report, ...READ_ERRORS },
    },
  }, async (request, reply) => {
    const unit = await unitFor(request, units, request.params.unit, 'read');
    const period = reportPeriod(request.params.period);
    const covered = (await unitsCovered(units, unit)).map((u) => u.id);
    const report = await reports.report(unit, covered, period.key);
    const format = request.query.format ?? 'json';
    if (format === 'json') return report;
    const file = format === 'docx' ? await reportDocx(report) : await reportXlsx(report);
    return reply
      .header('content-type', format === 'docx' ? DOCX : XLSX)
      .header('content-disposition', contentDisposition(reportFileName(unit, period, format)))
      .send(file as never); // bytes: sent as they are, outside the JSON schema
  });

  app.get('/api/v1/console/units/:unit/reports/:period/texts', {
    preHandler: officer,
    schema: { tags: TAGS, summary: 'Phần lời của báo cáo (chỉ đạo, tồn tại, phương hướng, số ký hiệu, người ký)', params: ReportParams, response: { 200: ReportTexts, ...READ_ERRORS } },
  }, async (request) => {
    const unit = await unitFor(request, units, request.params.unit, 'read');
    return reports.texts(unit, request.params.period);
  });

  app.put('/api/v1/console/units/:unit/reports/:period/texts', {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Lưu phần lời của báo cáo',
      description: 'version: phiên bản đã đọc (0 khi chưa lưu lần nào); người khác lưu trước thì trả 409. Để trống một mục: dùng lời mặc định.',
      params: ReportParams,
      body: ReportTextsBody,
      response: { 200: ReportTexts, ...WRITE_ERRORS },
    },
  }, async (request) => {
    const unit = await unitFor(request, units, request.params.unit, 'write');
    return reports.saveTexts(unit, request.params.period, request.body, request.officer!.id);
  });

  app.get('/api/v1/console/units/:unit/report-due', {
    preHandler: officer,
    schema: {
      tags: TAGS,
      summary: 'Hạn gửi báo cáo định kỳ của tỉnh, thành phố',
      description: 'Với một xã, phường: hạn của thành phố mà xã, phường thuộc về (chỉ xem).',
      params: ReportUnitParams,
      response: { 200: ReportDueRule, ...READ_ERRORS },
    },
  }, async (request) => {
    const unit = await unitFor(request, units, request.params.unit, 'read');
    return due.ruleOf(unit);
  });

  app.put('/api/v1/console/units/:unit/report-due', {
    preHandler: cityAdmin,
    schema: {
      tags: TAGS,
      summary: 'Đặt hạn gửi báo cáo định kỳ (quản trị thành phố)',
      description: 'Mặc định: trước ngày 05 của tháng cuối kỳ. version: phiên bản đã đọc (0 khi đang dùng mặc định).',
      params: ReportUnitParams,
      body: ReportDueRuleBody,
      response: { 200: ReportDueRule, ...WRITE_ERRORS },
    },
  }, async (request) => {
    const unit = await unitFor(request, units, request.params.unit, 'write');
    if (unit.kind !== 'city') throw new ForbiddenError('FORBIDDEN', 'Chỉ quản trị thành phố đặt hạn gửi báo cáo cho cả thành phố.');
    return due.saveRule(unit, request.body, request.officer!.id);
  });
};
