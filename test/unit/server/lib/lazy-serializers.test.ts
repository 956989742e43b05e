import { describe, expect, it } from 'vitest';
import { lazySerializers } from '../../../../server/src/lib/lazy-serializers.ts';

const route = (schema: object) => ({ schema, method: 'GET', url: '/x', httpStatus: '200' });

describe('response serializers compiled on first use', () => {
  it('serializes as fast-json-stringify does: only the schema’s properties go out', () => {
    const serialize = lazySerializers({}, {})(route({ type: 'object', properties: { name: { type: 'string' } } }));
    expect(serialize({ name: 'Bình Giang', phone: '0912 345 678' })).toBe('{"name":"Bình Giang"}');
  });

  it('compiles nothing until the first answer (a broken schema fails there, not at start)', () => {
    const serialize = lazySerializers({}, {})(route({ type: 'object', properties: { x: { $ref: '#/definitions/missing' } } }));
    expect(() => serialize({ x: 1 })).toThrow();
  });

  it('reads the shared schemas added to the app', () => {
    const shared = { Unit: { $id: 'Unit', type: 'object', properties: { slug: { type: 'string' } } } };
    const serialize = lazySerializers(shared, {})(route({ type: 'object', properties: { unit: { $ref: 'Unit#' } } }));
    expect(serialize({ unit: { slug: 'binh-giang', secret: 1 } })).toBe('{"unit":{"slug":"binh-giang"}}');
  });
});
