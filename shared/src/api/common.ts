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

export const Paging = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000, default: 0 })),
};

export const ListOf = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item) });
