import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ErrorBody } from '@cchc/shared/api/common';
import {
  CalendarOverview,
  CalendarParams,
  CalendarYear,
  CalendarYearBody,
  ConsoleUnitQuery,
  CreateFieldBody,
  CreateTopicBody,
  FieldParams,
  FieldSetting,
  FieldSettings,
  UpdateFieldBody,
  DeadlineSettings,
  PutDeadlinesBody,
  PutReopenDaysBody,
  ReopenDays,
  TopicParams,
  TopicSetting,
  TopicSettings,
  UpdateTopicBody,
} from '@cchc/shared/api/settings';
import type { OfficerRole } from '../../db/schema.ts';
import type { UnitDirectory } from '../units/units.service.ts';
import type { CalendarSettingsService } from '../rules/calendar-settings.service.ts';
import { consoleUnit } from '../units/console-unit.ts';
import type { DeadlineSettingsService } from '../rules/deadline-settings.service.ts';
import type { ReopenDaysService } from '../units/reopen-days.service.ts';
import type { TopicSettingsService } from '../rules/topic-settings.service.ts';
import type { FieldsService } from '../rules/fields.service.ts';

/** The services the settings pages use; each clears its own caches after a change. */
export interface SettingsRoutesOptions {
  units: UnitDirectory;
  topics: TopicSettingsService;
  deadlines: DeadlineSettingsService;
  reopen: ReopenDaysService;
  calendar: CalendarSettingsService;
  /** The lĩnh vực list (issue 8). */
  fields: FieldsService;
}

const TAGS = ['Cài đặt đơn vị'];
/** Officers read the settings; these roles change them. */
const SETTINGS_WRITERS: OfficerRole[] = ['unit_admin', 'leader', 'city_admin'];
const UNIT_NOTE = 'Đơn vị của cán bộ; quản trị thành phố có thể chọn đơn vị khác bằng ?unit=<slug>.';
const READ_ERRORS = { 401: ErrorBody, 404: ErrorBody };
const WRITE_ERRORS = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** The unit's PAKN settings in the console: topics, deadlines, reopen window, working-day calendar. */
export const settingsRoutes: FastifyPluginAsyncTypebox<SettingsRoutesOptions> = async (app, { units, topics, deadlines, reopen, calendar, fields }) => {
  const read = app.requireOfficer();
  const write = app.requireOfficer(SETTINGS_WRITERS);

  app.get('/api/v1/console/settings/fields', {
    preHandler: read,
    schema: { tags: TAGS, summary: 'Lĩnh vực phản ánh, kiến nghị của đơn vị', description: `${UNIT_NOTE} Danh sách để phân loại khi tiếp nhận.`, querystring: ConsoleUnitQuery, response: { 200: FieldSettings, ...READ_ERRORS } },
  }, async (request) => {
    const unit = await consoleUnit(request, units, request.query.unit);
    return { unit: { slug: unit.slug, name: unit.name }, items: await fields.list(unit) };
  });

  app.post('/api/v1/console/settings/fields', {
    preHandler: write,
    schema: { tags: TAGS, summary: 'Thêm lĩnh vực', description: UNIT_NOTE, querystring: ConsoleUnitQuery, body: CreateFieldBody, response: { 201: FieldSetting, ...WRITE_ERRORS } },
  }, async (request, reply) => {
    const unit = await consoleUnit(request, units, request.query.unit);
    return reply.code(201).send(await fields.create(unit, request.body));
  });

  app.patch('/api/v1/console/settings/fields/:id', {
    preHandler: write,
    schema: {
      tags: TAGS,
      summary: 'Đổi tên, đổi thứ tự, bật hoặc tắt một lĩnh vực',
      description: `${UNIT_NOTE} Tắt lĩnh vực: không chọn được khi phân loại nữa, các phản ánh đã có giữ nguyên.`,
      params: FieldParams,
      querystring: ConsoleUnitQuery,
      body: UpdateFieldBody,
      response: { 200: FieldSetting, ...WRITE_ERRORS },
    },
  }, async (request) => {
    const unit = await consoleUnit(request, units, request.query.unit);
    return fields.update(unit, request.params.id, request.body);
  });

  app.delete('/api/v1/console/settings/fields/:id', {
    preHandler: write,
    schema: {
      tags: TAGS,
      summary: 'Xóa một lĩnh vực chưa có phản ánh nào',
      description: `${UNIT_NOTE} Lĩnh vực đã có phản ánh thì không xóa được (409): hãy tắt lĩnh vực.`,
      params: FieldParams,
      querystring: ConsoleUnitQuery,
      response: { 204: Type.Null(), ...WRITE_ERRORS },
    },
  }, async (request, reply) => {
    const unit = await consoleUnit(request, units, request.query.unit);
    await fields.remove(unit, request.params.id);
    return reply.code(204).send(null);
  });

  app.get('/api/v1/console/settings/topics', {
    preHandler: read,
    schema: { tags: TAGS, summary: 'Chủ đề phản ánh, kiến nghị của đơn vị', description: UNIT_NOTE, querystring: ConsoleUnitQuery, response: { 200: TopicSettings, ...READ_ERRORS } },
  }, async (request) => {
    const unit = await consoleUnit(request, units, request.query.unit);
    return { unit: { slug: unit.slug, name: unit.name }, items: await topics.list(unit) };
  });

  app.post('/api/v1/console/settings/topics', {
    preHandler: write,
    schema: {
      tags: TAGS,
      summary: 'Thêm chủ đề',
      description: `${UNIT_NOTE} Mã dịch vụ Open311 của chủ đề là tên viết không dấu, nối bằng gạch ngang, giữ nguyên khi đổi tên.`,
      querystring: ConsoleUnitQuery,
      body: CreateTopicBody,
      response: { 201: TopicSetting, ...WRITE_ERRORS },
    },
  }, async (request, reply) => {
    const unit = await consoleUnit(request, units, request.query.unit);
    return reply.code(201).send(await topics.create(unit, request.body));
  });

  app.patch('/api/v1/console/settings/topics/:id', {
    preHandler: write,
    schema: {
      tags: TAGS,
      summary: 'Đổi tên, đổi thứ tự, bật hoặc tắt một chủ đề',
      description: `${UNIT_NOTE} position: vị trí mới (tính từ 0) trong danh sách. Tắt chủ đề: người dân không chọn được nữa, các phản ánh đã có giữ nguyên.`,
      params: TopicParams,
      querystring: ConsoleUnitQuery,
      body: UpdateTopicBody,
      response: { 200: TopicSetting, ...WRITE_ERRORS },
    },
  }, async (request) => {
    const unit = await consoleUnit(request, units, request.query.unit);
    return topics.update(unit, request.params.id, request.body);
  });

  app.delete('/api/v1/console/settings/topics/:id', {
    preHandler: write,
    schema: {
      tags: TAGS,
      summary: 'Xóa một chủ đề chưa có phản ánh nào',
      description: `${UNIT_NOTE} Chủ đề đã có phản ánh thì không xóa được (409): hãy tắt chủ đề.`,
      params: TopicParams,
      querystring: ConsoleUnitQuery,
      response: { 204: Type.Null(), ...WRITE_ERRORS },
    },
  }, async (request, reply) => {
    const unit = await consoleUnit(request, units, request.query.unit);
    await topics.remove(unit, request.params.id);
    return reply.code(204).send(null);
  });

  app.get('/api/v1/console/settings/deadlines', {
    preHandler: read,
    schema: {
      tags: TAGS,
      summary: 'Thời hạn xử lý: mặc định theo pháp luật và quy tắc riêng của đơn vị',
      description: `${UNIT_NOTE} Quy tắc cụ thể nhất được dùng: theo chủ đề và mức độ, rồi theo mức độ cho mọi chủ đề, rồi mặc định.`,
      querystring: ConsoleUnitQuery,
      response: { 200: DeadlineSettings, ...READ_ERRORS },
    },
  }, async (request) => deadlines.get(await consoleUnit(request, units, request.query.unit)));

  app.put('/api/v1/console/settings/deadlines', {
    preHandler: write,
    schema: {
      tags: TAGS,
      summary: 'Thay toàn bộ quy tắc thời hạn của đơn vị',
      description: `${UNIT_NOTE} Mỗi quy tắc là cam kết trả lời của đơn vị: chủ đề (null: mọi chủ đề), mức độ, số ngày làm việc (0–90). Danh sách rỗng: dùng mặc định. transferWorkingDays (≤ 05, NĐ 20/2008 Đ.9.1.d) và noticeWorkingDays (≤ 10, Luật Tiếp công dân Đ.28): hạn ngắn hơn luật của đơn vị; null: theo luật. Hạn đã báo cho người dân không đổi.`,
      querystring: ConsoleUnitQuery,
      body: PutDeadlinesBody,
      response: { 200: DeadlineSettings, ...WRITE_ERRORS },
    },
  }, async (request) => deadlines.replace(await consoleUnit(request, units, request.query.unit), request.body));

  app.get('/api/v1/console/settings/reopen-days', {
    preHandler: read,
    schema: { tags: TAGS, summary: 'Số ngày người dân được mở lại phản ánh đã trả lời', description: UNIT_NOTE, querystring: ConsoleUnitQuery, response: { 200: ReopenDays, ...READ_ERRORS } },
  }, async (request) => reopen.get(await consoleUnit(request, units, request.query.unit)));

  app.put('/api/v1/console/settings/reopen-days', {
    preHandler: write,
    schema: {
      tags: TAGS,
      summary: 'Đặt số ngày được mở lại (1–365)',
      description: UNIT_NOTE,
      querystring: ConsoleUnitQuery,
      body: PutReopenDaysBody,
      response: { 200: ReopenDays, ...WRITE_ERRORS },
    },
  }, async (request) => reopen.set(await consoleUnit(request, units, request.query.unit), request.body.days));

  app.get('/api/v1/console/settings/calendar', {
    preHandler: read,
    schema: {
      tags: TAGS,
      summary: 'Các năm quanh năm nay: lịch chính thức hay dự kiến, và lời nhắc nhập lịch năm sau',
      description:
        'Năm chưa nhập lịch chính thức là "dự kiến" (ngày nghỉ tính theo Bộ luật Lao động 2019). reminder chỉ trả cho quản trị thành phố: năm nay còn dự kiến, hoặc từ 1/10 năm sau còn dự kiến.',
      response: { 200: CalendarOverview, 401: ErrorBody },
    },
  }, async (request) => calendar.overview(request.officer!.role));

  app.get('/api/v1/console/settings/calendar/:year', {
    preHandler: read,
    schema: {
      tags: TAGS,
      summary: 'Lịch ngày nghỉ và ngày làm bù của một năm',
      description:
        'Bảng đã lưu, hoặc bảng dựng sẵn (2025, 2026) khi chưa ai sửa, hoặc bảng dự kiến tính theo Bộ luật Lao động 2019 (origin computed, provisional true). Lưu ý: ngày nghỉ liền kề Quốc khánh 2/9/2026 trong bảng dựng sẵn cần đối chiếu thông báo chính thức (xem notes).',
      params: CalendarParams,
      response: { 200: CalendarYear, 400: ErrorBody, 401: ErrorBody },
    },
  }, async (request) => calendar.get(request.params.year));

  app.put('/api/v1/console/settings/calendar/:year', {
    preHandler: app.requireOfficer(['city_admin']),
    schema: {
      tags: TAGS,
      summary: 'Thay bảng ngày nghỉ, ngày làm bù của một năm (quản trị thành phố)',
      description:
        'daysOff: các ngày nghỉ rơi vào thứ Hai–thứ Sáu (lễ, Tết, nghỉ bù, hoán đổi); workingDays: thứ Bảy, Chủ nhật phải đi làm bù. Mọi ngày phải thuộc năm đó. Áp dụng cho các hạn tính từ nay; hạn đã báo không đổi.',
      params: CalendarParams,
      body: CalendarYearBody,
      response: { 200: CalendarYear, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
    },
  }, async (request) => calendar.save(request.params.year, request.body));
};
