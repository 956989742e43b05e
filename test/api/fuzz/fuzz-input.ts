/**
 * Generates bad input for the fuzz test: a seeded PRNG, hostile values and
 * schema-shaped bodies with one field broken. Pure: no app, no I/O.
 */
import crypto from 'node:crypto';

export type Rng = () => number;

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

const uuid = () => crypto.randomUUID();

/** Strings that broke something once, or could. */
export const HOSTILE_STRINGS: readonly (() => string)[] = [
  () => '\u0000',
  () => `a\u0000b`,
  () => `khai sinh\u0000`,
  () => '\u0001\u0002\u001f\u007f',
  () => `urn:uuid:${uuid()}`,
  () => `{${uuid()}}`,
  () => uuid().toUpperCase(),
  () => uuid().replaceAll('-', ''),
  () => 'constructor',
  () => '__proto__',
  () => 'toString',
  () => 'hasOwnProperty',
  () => 'valueOf',
  () => 'prototype',
  () => 'constructor __proto__ toString',
  () => '',
  () => ' ',
  () => '%',
  () => "'; DROP TABLE units; --",
  () => '../../../../etc/passwd',
  () => '👶🏻💍',
  () => '\ud800',
  () => 'null',
  () => 'true',
  () => '-1',
  () => '0',
  () => '2147483648',
  () => '-2147483649',
  () => '9223372036854775808',
  () => '1e308',
  () => '1.5',
  () => 'NaN',
  () => 'Infinity',
  () => '9'.repeat(40),
  () => '2026-02-30',
  () => '0000-00-00',
  () => '99999-01-01',
  () => 'PA-2611-AAAAA',
  () => 'x'.repeat(5000),
  () => 'khai sinh '.repeat(300),
  () => 'a@'.repeat(3000),
  () => '<script>alert(1)</script>',
  () => 'javascript:alert(1)',
  () => 'binh-giang',
  () => '1.001193',
];

/** Any JSON value that is not what a field wants. */
export const HOSTILE_VALUES: readonly (() => unknown)[] = [
  ...HOSTILE_STRINGS,
  () => 2147483648,
  () => -2147483649,
  () => 1e308,
  () => -1e308,
  () => -1,
  () => 0,
  () => 1.5,
  () => 9007199254740993,
  () => null,
  () => true,
  () => false,
  () => [],
  () => ['a'],
  () => [null],
  () => [{}],
  () => ({}),
  () => ({ constructor: 1 }),
  () => JSON.parse('{"__proto__": {"polluted": 1}}'),
  () => ({ toString: 'x' }),
];

export const hostileString = (rng: Rng) => pick(rng, HOSTILE_STRINGS)();
const HOSTILE_NUMBERS = [2147483647, 2147483648, -2147483649, 4294967296, 1e308, -1, 1.5, 9007199254740993, 1e21];
/** A quarter of the time a number past a column's range: the cases a schema most often forgets. */
export const hostileValue = (rng: Rng) => (rng() < 0.25 ? pick(rng, HOSTILE_NUMBERS) : pick(rng, HOSTILE_VALUES)());

type Schema = Record<string, any>;

/** A value that mostly satisfies the schema: the base the mutations break one field of. */
export function sample(schema: Schema | undefined, rng: Rng, depth = 0): unknown {
  if (!schema || depth > 6) return null;
  if ('const' in schema) return schema.const;
  if (schema.enum) return pick(rng, schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return sample(pick(rng, union), rng, depth + 1);
  if (schema.allOf) return sample(schema.allOf[0], rng, depth + 1);
  const type = Array.isArray(schema.type) ? pick(rng, schema.type) : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const required = new Set<string>(schema.required ?? []);
      for (const [key, sub] of Object.entries(schema.properties ?? {})) {
        if (required.has(key) || rng() < 0.5) out[key] = sample(sub as Schema, rng, depth + 1);
      }
      return out;
    }
    case 'array': {
      const n = Math.min(schema.maxItems ?? 3, Math.max(schema.minItems ?? 0, Math.floor(rng() * 3)));
      return Array.from({ length: n }, () => sample(schema.items, rng, depth + 1));
    }
    case 'integer': {
      const min = schema.minimum ?? 0;
      const max = Math.min(schema.maximum ?? min + 50, min + 50);
      return min + Math.floor(rng() * (max - min + 1));
    }
    case 'number':
      return (schema.minimum ?? 0) + rng();
    case 'boolean':
      return rng() < 0.5;
    case 'null':
      return null;
    case 'string':
    default:
      return sampleString(schema, rng);
  }
}

const PATTERN_CANDIDATES = () => [
  uuid(), 'binh-giang', '0912 345 678', '2026-05-04', 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html',
  '1.001193', 'PA-2612-ABCDE', '2026-Q1', 'den-duong,rac-thai', 'abc',
];

function sampleString(schema: Schema, rng: Rng): string {
  if (schema.format === 'uuid') return uuid();
  if (schema.format === 'date') return '2026-05-04';
  if (schema.format === 'date-time') return '2026-05-04T08:00:00+07:00';
  if (schema.format === 'email') return 'a@example.vn';
  if (schema.format === 'uri') return 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html';
  if (typeof schema.pattern === 'string') {
    // The first plausible value the pattern accepts, so the base body passes and the mutation is what breaks it.
    const pattern = new RegExp(schema.pattern, 'u');
    const fits = PATTERN_CANDIDATES().find((c) => pattern.test(c));
    if (fits) return fits;
  }
  const min = schema.minLength ?? 0;
  const base = 'Nội dung thử nghiệm đủ dài để qua kiểm tra độ dài tối thiểu của trường này.';
  let s = base;
  while (s.length < min) s += base;
  return s.slice(0, Math.max(min, Math.min(schema.maxLength ?? 60, 60)));
}

/** Replaces one value somewhere inside `value` (or the value itself) with a hostile one. */
export function mutate(value: unknown, rng: Rng, depth = 0): unknown {
  if (depth > 6 || value === null || typeof value !== 'object' || rng() < 0.25) return hostileValue(rng);
  if (Array.isArray(value)) {
    if (value.length === 0 || rng() < 0.2) return [...value, hostileValue(rng)];
    const i = Math.floor(rng() * value.length);
    const copy = [...value];
    copy[i] = mutate(copy[i], rng, depth + 1);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (keys.length === 0 || rng() < 0.15) {
    copy[pick(rng, ['constructor', '__proto__', 'toString', 'extra', 'x\u0000'])] = hostileValue(rng);
    return copy;
  }
  const key = pick(rng, keys);
  if (rng() < 0.1) delete copy[key];
  else copy[key] = mutate(copy[key], rng, depth + 1);
  return copy;
}

/** Raw bodies that no JSON parser should accept. */
export const MALFORMED_JSON: readonly string[] = [
  '{',
  '{"a":',
  '[1,2',
  '{"a":1}}',
  'nul',
  '\u0000',
  '{"content":"\\u0000"}',
  '{"a":"\\ud800"}',
  '{"a":1e999999}',
  '{"__proto__":{"x":1}}',
  '{"constructor":{"prototype":{"x":1}}}',
  '"just a string"',
  '12345678901234567890',
  '[]',
  ' ',
];

/** A multipart body cut off somewhere, or malformed. */
export function brokenMultipart(rng: Rng): { body: Buffer; contentType: string } {
  const boundary = '----fuzz' + Math.floor(rng() * 1e9);
  const full = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\n`),
    Buffer.from('Mã thủ tục,Tên thủ tục,Lĩnh vực\r\n1.001193,Đăng ký khai sinh,Hộ tịch\r\n'),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const variant = Math.floor(rng() * 5);
  const contentType = variant === 4 ? 'multipart/form-data' : `multipart/form-data; boundary=${boundary}`;
  if (variant === 0) return { body: full.subarray(0, Math.floor(rng() * full.length)), contentType };
  if (variant === 1) return { body: full.subarray(0, full.length - 8), contentType };
  if (variant === 2) return { body: Buffer.from(`--${boundary}\r\n\r\n`), contentType };
  if (variant === 3) return { body: Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="x"\r\n\r\nvalue\u0000\r\n--${boundary}--\r\n`), contentType };
  return { body: full, contentType };
}

export const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=latin1',
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/xml',
  'multipart/form-data',
  'application/octet-stream',
  '',
];
