import { Type, type TSchema } from '@sinclair/typebox';
import { ERROR_CODES } from './errors.ts';

export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.Union(ERROR_CODES.map((c) => Type.Literal(c))),
      message: Type.String(),
    }),
  },
  { $id: 'ErrorBody' },
);

export const Slug = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80 });

/**
 * A UUID in its canonical form only. Ajv's `format: 'uuid'` also lets `urn:uuid:…`
 * through, which PostgreSQL's uuid type refuses (22P02).
 */
export const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
export const Uuid = (options: { description?: string } = {}) => Type.String({ pattern: UUID_PATTERN, ...options });

/** The largest value of PostgreSQL's int4 (`integer`, `serial`): ids and counts that reach such a column. */
export const INT4_MAX = 2_147_483_647;
export const Int4Id = (options: { description?: string } = {}) => Type.Integer({ minimum: 1, maximum: INT4_MAX, ...options });

/**
 * A link a citizen may open: http or https with a host, nothing else (no javascript:,
 * data:, file: or scheme-relative links). The host and the rest are separate classes,
 * so the pattern cannot backtrack.
 */
export const HTTP_URL_PATTERN = '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+(?:[/?#]\\S*)?$';
const HTTP_URL = new RegExp(HTTP_URL_PATTERN, 'u');
/** The same check for values read back (a link stored before the schemas checked it is served as none). */
export const isHttpUrl = (value: unknown): value is string => typeof value === 'string' && value.length <= 1000 && HTTP_URL.test(value);

export const HttpUrl = (options: { maxLength?: number; description?: string } = {}) =>
  Type.String({ maxLength: 1000, ...options, pattern: HTTP_URL_PATTERN });

export const Paging = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000, default: 0 })),
};

export const ListOf = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item) });
