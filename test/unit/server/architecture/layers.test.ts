import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../../../server/src');

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

describe('one composition root', () => {
  const features = sourceFiles(path.join(SRC, 'features'));

  it('route plugins receive services: none imports Kysely, the database or the config', () => {
    const routeFiles = features.filter((f) => /\.(routes|plugin)\.ts$/.test(f));
    const wrong = routeFiles.filter((f) => /from '(kysely|[^']*db\/database\.ts|[^']*\/config\.ts)'/.test(readFileSync(f, 'utf8'))).map(rel);
    expect(routeFiles.length).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
  });

  it('services are constructed only in composition.ts', () => {
    const builders = sourceFiles(SRC)
      .filter((f) => rel(f) !== 'composition.ts')
      // @fastify/rate-limit constructs its store class itself, per route.
      .filter((f) => rel(f) !== 'plugins/rate-limit-store.ts')
      .filter((f) => /new [A-Z]\w*(Service|Directory|Store|Limits|Cleanup|Storage|Throttle)\(/.test(readFileSync(f, 'utf8')))
      .map(rel);
    expect(builders).toEqual([]);
  });
});
