import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One UI kit (miniapp/src/ui/) serves the Mini App and the officers' console (issue 7). These checks fail
 * when a front end grows its own loading/empty/error state, status badge or form field again.
 */

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SRC = path.join(ROOT, 'miniapp', 'src');
const KIT = path.join(SRC, 'ui');
const CONSOLE = path.join(SRC, 'console');

/** The kit's components, and the names the duplicates had before (console: Loading, LoadError, Empty, Input…). */
const KIT_NAMES = [
  'LoadingState',
  'EmptyState',
  'ErrorState',
  'StatusBadge',
  'SeverityBadge',
  'FormField',
  'FieldShell',
  'FieldError',
  'TextField',
  'TextAreaField',
  'SelectField',
  'CheckboxField',
  'Spinner',
  'Loading',
  'LoadError',
  'Empty',
  'Input',
  'TextArea',
  'Select',
  'Checkbox',
  'Shell',
];

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const rel = (file: string) => path.relative(ROOT, file);
const sources = walk(SRC).filter((file) => /\.(tsx?|css)$/.test(file));
const code = sources.filter((file) => /\.tsx?$/.test(file));
const outsideKit = (file: string) => !file.startsWith(KIT + path.sep);
const read = (file: string) => fs.readFileSync(file, 'utf8');

/** Module specifiers imported by a file, resolved to absolute paths (relative ones only). */
function importsOf(file: string): string[] {
  const specs = [...read(file).matchAll(/(?:import|export)\s[^'"]*?from\s+'([^']+)'|import\s+'([^']+)'/g)].map((m) => m[1] ?? m[2]!);
  return specs.filter((s) => s.startsWith('.')).map((s) => path.resolve(path.dirname(file), s));
}
const importsKit = (file: string) => importsOf(file).some((target) => target === KIT || target.startsWith(KIT + path.sep));

describe('UI kit (miniapp/src/ui)', () => {
  it('exists with its stylesheet', () => {
    for (const file of ['index.ts', 'states.tsx', 'status-badge.tsx', 'form-field.tsx', 'ui.css']) {
      expect(fs.existsSync(path.join(KIT, file)), `miniapp/src/ui/${file}`).toBe(true);
    }
  });

  it('is the only place that declares the kit components', () => {
    const declaration = new RegExp(`\\b(?:function|const|let|var|class)\\s+(${KIT_NAMES.join('|')})\\b`, 'g');
    const offenders = code
      .filter(outsideKit)
      .flatMap((file) => [...read(file).matchAll(declaration)].map((m) => `${rel(file)}: ${m[1]}`));
    expect(offenders, 'declare these in miniapp/src/ui/ and import them from there').toEqual([]);
  });

  it('keeps the old duplicate files deleted', () => {
    const gone = [
      'components/states.tsx',
      'components/form-field.tsx',
      'features/feedback/components/status-badge.tsx',
      'console/components/states.tsx',
      'console/components/fields.tsx',
      'console/components/status-badge.tsx',
    ].filter((file) => fs.existsSync(path.join(SRC, file)));
    expect(gone).toEqual([]);
  });

  it('does not use zmp-ui (the console does not load it)', () => {
    const kitFiles = code.filter((file) => !outsideKit(file));
    expect(kitFiles.length).toBeGreaterThan(0);
    for (const file of kitFiles) expect(read(file), rel(file)).not.toMatch(/from\s+'zmp-ui|import\s+'zmp-ui/);
  });

  it('is imported by both entries, stylesheet included', () => {
    const css = path.join(KIT, 'ui.css');
    for (const entry of [path.join(SRC, 'main.tsx'), path.join(CONSOLE, 'main.tsx')]) {
      expect(importsOf(entry), `${rel(entry)} imports miniapp/src/ui/ui.css`).toContain(css);
    }
    const users = code.filter(outsideKit).filter(importsKit);
    expect(users.filter((file) => !file.startsWith(CONSOLE + path.sep)).length, 'Mini App files importing the kit').toBeGreaterThan(3);
    expect(users.filter((file) => file.startsWith(CONSOLE + path.sep)).length, 'console files importing the kit').toBeGreaterThan(3);
  });

  it('owns the styles: the front ends’ stylesheets do not restyle states, badges or fields', () => {
    const replaced = /^\s*\.(?:ui-[\w-]+|state(?:--[\w-]+)?|state__[\w-]+|field(?:__[\w-]+|--[\w-]+)?|check-field[\w-]*|status(?:--[\w-]+)?|c-state[\w-]*|c-spinner|c-field(?:__[\w-]+|--[\w-]+)?|c-input|c-textarea|c-select|c-check[\w-]*|c-status--[\w-]+|c-severity--[\w-]+)\s*[,{:]/m;
    for (const sheet of sources.filter((file) => file.endsWith('.css') && outsideKit(file))) {
      const rules = read(sheet)
        .split('\n')
        .map((line, i) => ({ line, n: i + 1 }))
        .filter(({ line }) => replaced.test(line));
      expect(
        rules.map(({ line, n }) => `${rel(sheet)}:${n} ${line.trim()}`),
        'style these in miniapp/src/ui/ui.css',
      ).toEqual([]);
    }
  });
});
