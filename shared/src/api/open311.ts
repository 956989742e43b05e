import { Type, type Static } from '@sinclair/typebox';

/**
 * Open311 GeoReport v2 under /open311/v2/, every endpoint in XML (.xml, the
 * specification's required format) and JSON (.json). Field names are the
 * specification's (snake_case); a PAKN topic is a service, a PAKN is a service request.
 * https://wiki.open311.org/GeoReport_v2/ ; status changes: mySociety's
 * servicerequestupdates extension.
 */

/** Open311 errors: a list of { code: the HTTP status, description }. */
export const Open311Errors = Type.Array(Type.Object({ code: Type.Integer(), description: Type.String() }), { $id: 'Open311Errors' });

const Jurisdiction = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80, description: 'Mã đơn vị (slug), ví dụ binh-giang' });

export const JurisdictionQuery = Type.Object({ jurisdiction_id: Jurisdiction });

export const Open311Service = Type.Object({
  service_code: Type.String(),
  service_name: Type.String(),
  description: Type.String(),
  metadata: Type.Boolean(),
  type: Type.Literal('realtime'),
  keywords: Type.String(),
  group: Type.String(),
});

export const Open311ServiceParams = Type.Object({ service_code: Type.String({ maxLength: 200 }) });

/** An attribute of a service definition; the law's contact fields are required ones. */
export const Open311Attribute = Type.Object({
  variable: Type.Boolean(),
  code: Type.String(),
  datatype: Type.Union([Type.Literal('string'), Type.Literal('text'), Type.Literal('number'), Type.Literal('datetime'), Type.Literal('singlevaluelist'), Type.Literal('multivaluelist')]),
  required: Type.Boolean(),
  datatype_description: Type.String(),
  order: Type.Integer(),
  description: Type.String(),
});

export const Open311ServiceDefinition = Type.Object({
  service_code: Type.String(),
  attributes: Type.Array(Open311Attribute),
});

/** Service discovery (discovery.json / discovery.xml). */
export const Open311Discovery = Type.Object({
  changeset: Type.String(),
  contact: Type.String(),
  key_service: Type.String(),
  endpoints: Type.Array(
    Type.Object({
      specification: Type.String(),
      url: Type.String(),
      changeset: Type.String(),
      type: Type.Literal('production'),
      formats: Type.Array(Type.String()),
    }),
  ),
});

const CommaList = (description: string, pattern: string) => Type.String({ maxLength: 2000, pattern, description });

export const Open311RequestsQuery = Type.Object({
  jurisdiction_id: Jurisdiction,
  service_request_id: Type.Optional(CommaList('Mã phản ánh, nhiều mã cách nhau bằng dấu phẩy', '^[A-Za-z0-9-]+(,[A-Za-z0-9-]+)*$')),
  service_code: Type.Optional(CommaList('Mã dịch vụ (chủ đề), nhiều mã cách nhau bằng dấu phẩy', '^[a-z0-9-]+(,[a-z0-9-]+)*$')),
  start_date: Type.Optional(Type.String({ maxLength: 40, description: 'ISO 8601: nhận từ thời điểm này' })),
  end_date: Type.Optional(Type.String({ maxLength: 40, description: 'ISO 8601: nhận đến thời điểm này' })),
  status: Type.Optional(CommaList('open, closed hoặc open,closed', '^(open|closed)(,(open|closed))*$')),
  api_key: Type.Optional(Type.String({ maxLength: 200, description: 'Với khóa: nội dung mọi phản ánh (đã che thông tin cá nhân); không có khóa: nội dung các trả lời đã công khai, các phản ánh khác chỉ có trạng thái, dịch vụ và thời gian' })),
});

export const Open311UpdatesQuery = Type.Object({
  jurisdiction_id: Jurisdiction,
  start_date: Type.Optional(Type.String({ maxLength: 40, description: 'ISO 8601: thay đổi từ thời điểm này' })),
  end_date: Type.Optional(Type.String({ maxLength: 40, description: 'ISO 8601: thay đổi đến thời điểm này' })),
  api_key: Type.Optional(Type.String({ maxLength: 200 })),
});

/** mySociety's extension: one status change of a request. */
export const Open311RequestUpdate = Type.Object({
  update_id: Type.String(),
  service_request_id: Type.String(),
  status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  updated_datetime: Type.String(),
  description: Type.String(),
  media_url: Type.Null(),
});

export const Open311RequestParams = Type.Object({ service_request_id: Type.String({ maxLength: 40 }) });

export const Open311RequestQuery = Type.Object({
  jurisdiction_id: Type.Optional(Jurisdiction),
  api_key: Type.Optional(Type.String({ maxLength: 200 })),
});

const NullableString = Type.Union([Type.String(), Type.Null()]);
const NullableNumber = Type.Union([Type.Number(), Type.Null()]);

export const Open311Request = Type.Object({
  service_request_id: Type.String(),
  status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  status_notes: NullableString,
  service_name: Type.String(),
  service_code: Type.String(),
  description: Type.Union([Type.String(), Type.Null()], { description: 'Nội dung phản ánh, đã che thông tin cá nhân; null khi không được xem nội dung' }),
  agency_responsible: Type.String(),
  service_notice: NullableString,
  requested_datetime: Type.String(),
  updated_datetime: Type.String(),
  expected_datetime: Type.String({ description: 'Cuối ngày hạn trả lời (giờ Việt Nam)' }),
  address: NullableString,
  address_id: Type.Null(),
  zipcode: Type.Null(),
  lat: NullableNumber,
  long: NullableNumber,
  media_url: NullableString,
});

/** The required attributes that carry the contact Nghị định 20/2008/NĐ-CP asks of a PAKN's sender. */
export const CONTACT_ATTRIBUTES = { name: 'contact_name', phone: 'contact_phone', address: 'contact_address' } as const;

/**
 * POST requests.xml / requests.json: form-encoded, multipart/form-data (with a `media`
 * image) or JSON. Form fields `attribute[code]` arrive as `attribute.code`. Fields
 * beyond the specification's are ignored.
 */
export const Open311PostRequestBody = Type.Object({
  /** Checked by the service, so a missing key answers 403 as the specification says. */
  api_key: Type.Optional(Type.String({ maxLength: 200 })),
  jurisdiction_id: Jurisdiction,
  service_code: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.String({ maxLength: 5000 }),
  lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
  long: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
  address_string: Type.Optional(Type.String({ maxLength: 300 })),
  address_id: Type.Optional(Type.String({ maxLength: 200 })),
  email: Type.Optional(Type.String({ maxLength: 200 })),
  device_id: Type.Optional(Type.String({ maxLength: 200 })),
  account_id: Type.Optional(Type.String({ maxLength: 200 })),
  first_name: Type.Optional(Type.String({ maxLength: 100 })),
  last_name: Type.Optional(Type.String({ maxLength: 100 })),
  phone: Type.Optional(Type.String({ maxLength: 30 })),
  /** One link, or several (the field repeated). */
  media_url: Type.Optional(Type.Array(Type.String({ maxLength: 1000 }), { maxItems: 10 })),
  attribute: Type.Optional(Type.Record(Type.String({ maxLength: 100 }), Type.String({ maxLength: 1000 }))),
  /** Not in the specification: the submitter's own address, which Vietnamese law requires. Falls back to address_string. */
  contact_address: Type.Optional(Type.String({ maxLength: 300 })),
});

export const Open311PostResult = Type.Array(
  Type.Object({
    service_request_id: Type.String(),
    service_notice: Type.String(),
    account_id: Type.Null(),
  }),
);

export type Open311AttributeT = Static<typeof Open311Attribute>;
export type Open311ServiceDefinitionT = Static<typeof Open311ServiceDefinition>;
export type Open311DiscoveryT = Static<typeof Open311Discovery>;
export type Open311UpdatesQueryT = Static<typeof Open311UpdatesQuery>;
export type Open311RequestUpdateT = Static<typeof Open311RequestUpdate>;

export type Open311ServiceT = Static<typeof Open311Service>;
export type Open311RequestT = Static<typeof Open311Request>;
export type Open311RequestsQueryT = Static<typeof Open311RequestsQuery>;
export type Open311PostRequestBodyT = Static<typeof Open311PostRequestBody>;
export type Open311PostResultT = Static<typeof Open311PostResult>;
