import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../../server/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** Every relative import of a file, as a path relative to server/src. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+'(\.[^']+)'/g)].map((m) =>
    path.relative(SRC, path.resolve(path.dirname(file), m[1])).split(path.sep).join('/'),
  );
}

const rel = (file: string) => path.relative(SRC, file).split(path.sep).join('/');

describe('imports run downward only', () => {
  it('lib/, plugins/, db/, config.ts and paths.ts import no feature, seed, cli or the app', () => {
    const low = [...['lib', 'plugins', 'db'].flatMap((d) => sourceFiles(path.join(SRC, d))), path.join(SRC, 'config.ts'), path.join(SRC, 'paths.ts')];
    const upward = low.flatMap((file) =>
      importsOf(file)
        .filter((target) => /^(features|seed|cli)\//.test(target) || target === 'app.ts' || target === 'server.ts')
        .map((target) => `${rel(file)} → ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it('lib/ imports only lib/', () => {
    const outside = sourceFiles(path.join(SRC, 'lib')).flatMap((file) =>
      importsOf(file)
        .filter((target) => !target.startsWith('lib/'))
        .map((target) => `${rel(file)} → ${target}`),
    );
    expect(outside).toEqual([]);
  });
});
