import { XMLBuilder } from 'fast-xml-parser';

const builder = new XMLBuilder({ format: true, suppressEmptyNode: true });
/** Characters XML 1.0 cannot carry at all (control characters other than tab and line breaks). */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

type Value = string | number | boolean | null | undefined | Value[] | { [name: string]: Value };

/**
 * An Open311 XML document: `<root><item>…</item>…</root>` for a list, `<root>…</root>`
 * for one object. Null fields are empty elements; a list field is its element repeated
 * (`<formats><format>…</format></formats>` is written as `formats: { format: [...] }`).
 */
export function xmlList(root: string, item: string, items: readonly object[]): string {
  return xmlDocument({ [root]: items.length === 0 ? '' : { [item]: items.map((i) => plain(i as Value)) } });
}

export function xmlObject(root: string, value: object): string {
  return xmlDocument({ [root]: plain(value as Value) });
}

function xmlDocument(tree: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build(tree)}`;
}

/** Strings cleaned for XML, null as an empty element, an empty list as an empty parent. */
function plain(value: Value): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(NOT_XML, '');
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(plain);
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(value)) out[name] = Array.isArray(v) && v.length === 0 ? '' : plain(v);
  return out;
}
