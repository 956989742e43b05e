import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const WWW = path.join(ROOT, 'miniapp', 'www');
const BUDGET_BYTES = 200 * 1024;

type AppConfig = {
  app: { title: string };
  listCSS: string[];
  listSyncJS: string[];
  listAsyncJS: string[];
  pages?: unknown[];
};

/** Static imports of an ES module chunk ("./x.js" next to it); dynamic import("./…") is not followed. */
function staticImports(code: string): string[] {
  const found: string[] = [];
  const pattern = /\bimport\s*(?:[^"'();]*?\bfrom\s*)?["'](\.\/[^"']+\.js)["']/g;
  for (const match of code.matchAll(pattern)) found.push(match[1].slice(2));
  return found;
}

/** The entry chunk plus everything it statically imports, transitively (paths relative to www/). */
function initialChunks(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = fs.readFileSync(path.join(WWW, file), 'utf8');
    for (const imported of staticImports(code)) visit(path.posix.join(path.posix.dirname(file), imported));
  };
  visit(entry);
  return [...seen];
}

/** Every chunk the entry can ever load: static imports and dynamic import("./…") alike, transitively. */
function reachableChunks(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = fs.readFileSync(path.join(WWW, file), 'utf8');
    for (const match of code.matchAll(/["'](\.\/[^"']+\.js)["']/g)) visit(path.posix.join(path.posix.dirname(file), match[1].slice(2)));
  };
  visit(entry);
  return [...seen];
}

describe('miniapp build (www/)', () => {
  let config: AppConfig;

  beforeAll(() => {
    if (!fs.existsSync(path.join(WWW, 'app-config.json')) || !fs.existsSync(path.join(WWW, 'index.html'))) {
      execFileSync('npm', ['run', 'build', '-w', 'miniapp'], { cwd: ROOT, stdio: 'pipe', timeout: 240_000 });
    }
    config = JSON.parse(fs.readFileSync(path.join(WWW, 'app-config.json'), 'utf8')) as AppConfig;
  }, 300_000);

  it('writes app-config.json in the format zmp-cli deploy reads, listing assets that exist', () => {
    expect(typeof config.app.title).toBe('string');
    expect(config.app.title.length).toBeGreaterThan(0);
    expect(config.listSyncJS.length).toBe(1);
    expect(config.listCSS.length).toBeGreaterThan(0);
    expect(Array.isArray(config.listAsyncJS)).toBe(true);
    for (const file of [...config.listSyncJS, ...config.listAsyncJS]) {
      expect(file).toMatch(/^assets\/.+\.js$/);
      expect(fs.existsSync(path.join(WWW, file)), file).toBe(true);
    }
    for (const file of config.listCSS) {
      expect(file).toMatch(/^assets\/.+\.css$/);
      expect(fs.existsSync(path.join(WWW, file)), file).toBe(true);
    }
  });

  it('lists exactly the entry and its static imports, the files index.html loads', () => {
    const [entry] = config.listSyncJS;
    expect(initialChunks(entry).sort()).toEqual([entry, ...config.listAsyncJS].sort());
    const html = fs.readFileSync(path.join(WWW, 'index.html'), 'utf8');
    expect(html).toContain(`src="/${entry}"`);
    for (const css of config.listCSS) expect(html).toContain(`href="/${css}"`);
  });

  it('keeps chart code out of the citizen Mini App: only the console loads chart.js', () => {
    const citizen = reachableChunks(config.listSyncJS[0]);
    const withChart = citizen.filter((file) => /chart\.js|chart-engine|Chart\.register/.test(file + fs.readFileSync(path.join(WWW, file), 'utf8')));
    expect(withChart).toEqual([]);
    const consoleEntry = /src="\/(assets\/console[^"]+\.js)"/.exec(fs.readFileSync(path.join(WWW, 'console.html'), 'utf8'))?.[1];
    expect(consoleEntry).toBeDefined();
    expect(reachableChunks(consoleEntry!).some((file) => file.includes('chart-engine'))).toBe(true);
  });

  it('keeps QR code generation out of the citizen Mini App: only the console\'s A5 sheets load qrcode', () => {
    // "No input text" is qrcode's own error; qr-engine is our chunk that imports it.
    const hasQr = (file: string) => /qr-engine/.test(file) || /No input text|Bad maskPattern/.test(fs.readFileSync(path.join(WWW, file), 'utf8'));
    expect(reachableChunks(config.listSyncJS[0]).filter(hasQr)).toEqual([]);
    const consoleEntry = /src="\/(assets\/console[^"]+\.js)"/.exec(fs.readFileSync(path.join(WWW, 'console.html'), 'utf8'))?.[1];
    expect(reachableChunks(consoleEntry!).some(hasQr)).toBe(true);
    // Nor does the console load it before a QR sheet is shown: it is a dynamic import, not in the entry's static graph.
    expect(initialChunks(consoleEntry!).filter(hasQr)).toEqual([]);
  });

  it('keeps the initial JavaScript within 200 KB gzipped', () => {
    const files = initialChunks(config.listSyncJS[0]);
    const gzipped = files.reduce((sum, file) => sum + gzipSync(fs.readFileSync(path.join(WWW, file))).length, 0);
    console.info(`initial JS: ${files.length} file(s), ${(gzipped / 1024).toFixed(1)} KB gzipped`);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
