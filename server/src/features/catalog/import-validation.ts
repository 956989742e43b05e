import { Value } from '@sinclair/typebox/value';
import { ProcedureInputSchema, type ProcedureInput } from '@cchc/shared/api/procedure-content';

export type RowResult = { ok: true; procedure: ProcedureInput } | { ok: false; problems: string[] };

const FIELD_NAMES: Record<string, string> = {
  '/code': 'mã thủ tục',
  '/name': 'tên thủ tục',
  '/field': 'lĩnh vực',
  '/onlineLevel': 'mức độ trực tuyến',
  '/summary': 'mô tả',
  '/content/agency': 'cơ quan thực hiện',
  '/content/channels': 'cách thức thực hiện',
  '/content/onlineUrl': 'đường dẫn nộp trực tuyến',
  '/content/sourceUrl': 'đường dẫn nguồn',
};

/** Checks a mapped row against the schema and says in Vietnamese what is wrong. */
export function validateProcedure(candidate: ProcedureInput, problems: string[]): RowResult {
  if (problems.length === 0 && Value.Check(ProcedureInputSchema, candidate)) {
    return { ok: true, procedure: candidate };
  }
  const seen = new Set(problems);
  for (const error of Value.Errors(ProcedureInputSchema, candidate)) {
    const where = FIELD_NAMES[error.path] ?? FIELD_NAMES[withoutIndex(error.path)] ?? error.path;
    const message = `${where}: ${describe(error.path, error.value)}`;
    if (!seen.has(message)) seen.add(message);
  }
  return { ok: false, problems: [...seen] };
}

/** "/documents/3/name" → "/documents": the path up to its first array index (no regex: /\/\d+.*$/ was quadratic). */
function withoutIndex(path: string): string {
  const index = /\/\d/.exec(path)?.index;
  return index === undefined ? path : path.slice(0, index);
}

function describe(path: string, value: unknown): string {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return 'thiếu';
  if (path === '/content/onlineUrl' || path === '/content/sourceUrl') return `"${String(value).slice(0, 60)}" không phải đường dẫn http:// hoặc https://`;
  if (path === '/code') return `"${String(value)}" không đúng dạng mã thủ tục (ví dụ 1.001193)`;
  return `giá trị "${String(value).slice(0, 60)}" không hợp lệ`;
}
