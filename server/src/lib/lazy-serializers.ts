import type { FastifyServerOptions } from 'fastify';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';

type SerializerFactory = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>['buildSerializer'] & {};

const eager = SerializerSelector();

/**
 * Fastify's own response serializers (fast-json-stringify), each compiled on its route's first
 * answer instead of when the app starts: compiling all of them (every route's and its HEAD
 * twin's) was a fifth of `npm start`'s time to ready.
 */
export const lazySerializers: SerializerFactory = (externalSchemas, options) => {
  let factory: ReturnType<typeof eager> | undefined;
  return (route) => {
    let serialize: ((data: unknown) => string) | undefined;
    return (data) => {
      serialize ??= (factory ??= eager(externalSchemas, options))(route);
      return serialize(data);
    };
  };
};
