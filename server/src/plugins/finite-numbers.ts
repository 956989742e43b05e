import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';

/**
 * Ajv coerces "Infinity" and "-Infinity" from a path or query string into numbers and
 * then lets them pass `type: 'integer'` with any minimum and maximum. Every compiled
 * validator is wrapped so that, after Ajv's own checks (and coercion), a non-finite
 * number anywhere in the data fails validation like any other wrong type.
 */
export function finiteNumbersAjvPlugin(ajv: Ajv): Ajv {
  const compile = ajv.compile.bind(ajv) as (schema: object) => ValidateFunction;
  (ajv as { compile: (schema: object) => ValidateFunction }).compile = (schema: object) => finiteOnly(compile(schema));
  return ajv;
}

function finiteOnly(validate: ValidateFunction): ValidateFunction {
  const wrapped = ((data: unknown) => {
    if (!validate(data)) {
      wrapped.errors = validate.errors;
      return false;
    }
    const path = nonFinitePath(data, '');
    if (path === null) {
      wrapped.errors = null;
      return true;
    }
    const error: ErrorObject = { keyword: 'type', instancePath: path, schemaPath: '#/type', params: { type: 'number' }, message: 'must be a finite number' };
    wrapped.errors = [error];
    return false;
  }) as ValidateFunction;
  return Object.assign(wrapped, { schema: validate.schema, schemaEnv: validate.schemaEnv });
}

function nonFinitePath(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path;
  if (value === null || typeof value !== 'object' || depth > 32 || Buffer.isBuffer(value)) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = nonFinitePath(item, `${path}/${key}`, depth + 1);
    if (found !== null) return found;
  }
  return null;
}
