import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';

/**
 * XML read the way FixMyStreet's perllib/Open311.pm reads it (XML::Simple): the root
 * element dropped, the group tags' items always lists (ForceArray), text kept as
 * strings, empty elements undefined (SuppressEmpty => undef).
 */
const FORCE_ARRAY = ['service', 'attribute', 'value', 'request', 'error', 'request_update', 'group'];
const parser = new XMLParser({ isArray: (name) => FORCE_ARRAY.includes(name), parseTagValue: false, ignoreDeclaration: true, trimValues: true });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type XmlObject = Record<string, any>;

export function xmlSimple(xml: string): XmlObject {
  expect(XMLValidator.validate(xml)).toBe(true);
  const document = parser.parse(xml) as XmlObject;
  const [root] = Object.keys(document);
  return suppressEmpty(document[root]) as XmlObject;
}

/** The root element's name. */
export function xmlRoot(xml: string): string {
  return Object.keys(parser.parse(xml) as XmlObject)[0];
}

function suppressEmpty(value: unknown): unknown {
  if (value === '') return undefined;
  if (Array.isArray(value)) return value.map(suppressEmpty);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, suppressEmpty(v)]));
  }
  return value;
}

/** What FixMyStreet's _process_error makes of an error answer: "code: description" lines. */
export function fmsErrorText(xml: string): string {
  const obj = xmlSimple(xml);
  return (obj.error as { code?: string; description?: string }[]).map((e) => `${e.code ?? '???'}: ${e.description ?? 'unknown error'}\n`).join('');
}

/** A multipart/form-data body as HTTP::Request::Common builds one (Content_Type => 'form-data'). */
export function formData(fields: [string, string][], files: { name: string; filename: string; contentType: string; data: Buffer }[]) {
  const boundary = 'xYzZY';
  const chunks: Buffer[] = [];
  for (const [name, value] of fields) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const f of files) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${f.name}"; filename="${f.filename}"\r\nContent-Type: ${f.contentType}\r\n\r\n`));
    chunks.push(f.data, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
