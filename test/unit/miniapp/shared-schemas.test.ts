import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../../miniapp/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(full) ? [full] : [];
  });
}

const apiFiles = sourceFiles(SRC).filter((f) => f.split(path.sep).includes('api'));

describe('the front ends use the API shapes from shared/', () => {
  it('no api/ module declares an object type of its own: the shapes come from shared/src/api', () => {
    const retyped = apiFiles.filter((f) => /^(export )?(type \w+ = \{|interface \w+)/m.test(readFileSync(f, 'utf8'))).map((f) => path.relative(SRC, f));
    expect(apiFiles.length).toBeGreaterThan(5);
    expect(retyped).toEqual([]);
  });

  it('imports from shared/ are type-only in api/ modules, so TypeBox stays out of the bundle', () => {
    const valueImports = apiFiles.filter((f) => /^import \{[^}]*\} from '@cchc\/shared\/api\//m.test(readFileSync(f, 'utf8'))).map((f) => path.relative(SRC, f));
    expect(valueImports).toEqual([]);
  });
});
