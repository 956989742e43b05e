import type { FastifyRequest } from 'fastify';

const ATTRIBUTE = /^attribute\[(.+)\]$/;

declare module 'fastify' {
  interface FastifyRequest {
    /** The images of an Open311 multipart POST (the `media` field, or FixMyStreet's photo1, photo2…). */
    open311Media?: Buffer[];
  }
}

/**
 * A POSTed request, whatever its encoding, into the shape the schema checks: empty
 * fields absent, `attribute[code]` fields gathered into `attribute`, `media_url` a
 * list, files set apart as media.
 */
export function normalizePostBody(request: FastifyRequest): void {
  const raw = request.body;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return;
  const body: Record<string, unknown> = {};
  const attribute: Record<string, unknown> = {};
  const media: Buffer[] = [];
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    const values = (Array.isArray(value) ? value : [value]).filter((v) => !(typeof v === 'string' && v.trim() === ''));
    const files = values.filter((v): v is Buffer => Buffer.isBuffer(v));
    if (files.length > 0) {
      media.push(...files);
      continue;
    }
    if (values.length === 0) continue;
    const attributeName = ATTRIBUTE.exec(name)?.[1];
    if (attributeName !== undefined) attribute[attributeName] = values[0];
    else if (name === 'media_url') body.media_url = values;
    else if (name === 'attribute' && typeof value === 'object' && !Array.isArray(value)) Object.assign(attribute, value);
    else body[name] = Array.isArray(value) && values.length === 1 ? values[0] : Array.isArray(value) ? values : values[0];
  }
  if (Object.keys(attribute).length > 0) body.attribute = attribute;
  request.body = body;
  request.open311Media = media;
}

/** application/x-www-form-urlencoded, a repeated field kept as a list. */
export function parseForm(text: string): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(text)) {
    const earlier = fields[name];
    fields[name] = earlier === undefined ? value : [...(Array.isArray(earlier) ? earlier : [earlier]), value];
  }
  return fields;
}
