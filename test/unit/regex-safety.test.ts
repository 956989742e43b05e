/**
 * Every regular expression in server/src and shared/src, checked with recheck for
 * catastrophic backtracking (ReDoS): regex literals, `new RegExp('literal')`, the
 * JSON-schema patterns Ajv compiles (strings given as `pattern`, `…_PATTERN`
 * constants and anchored '^…$' strings), and, for expressions built at run time, the
 * expressions they are built into.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { HTTP_URL_PATTERN } from '@cchc/shared/api/common';
import { cueRegexes } from '../../server/src/features/feedback/channel-advice.ts';
import { originMatcherSources } from '../../server/src/plugins/citizen-cors.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCES = ['server/src', 'shared/src'];

interface Found {
  where: string;
  source: string;
  flags: string;
}

/**
 * Expressions built at run time, by file and the text of the argument: what they
 * become. A new one fails the test until it is listed here with its real shapes.
 */
const DYNAMIC: Record<string, () => { source: string; flags: string }[]> = {
  'server/src/features/feedback/channel-advice.ts: `(?<![\\\\p{L}\\\\p{N}])${body}(?![\\\\p{L}\\\\p{N}])`': () =>
    cueRegexes().map((r) => ({ source: r.source, flags: r.flags })),
  'shared/src/api/common.ts: HTTP_URL_PATTERN': () => [{ source: HTTP_URL_PATTERN, flags: 'u' }],
  // A configured CORS origin: escaped literal parts joined by one host label or port.
  'server/src/plugins/citizen-cors.ts: source': () =>
    originMatcherSources(['https://h5.zdn.vn', 'zbrowser://h5.zdn.vn', 'http://localhost:*', 'https://*.b.example.vn']).map((source) => ({ source, flags: 'i' })),
};

/**
 * recheck reports a bounded gap such as [^.!?\n]{0,80}? between two words as
 * polynomial: it is linear with a factor of the bound. For these expressions the
 * test runs recheck's own attack string instead and requires it to finish quickly.
 */
const BOUNDED_GAP = /\[\^\.!\?\\n\]\{0,\d+\}\?/;
// A backtracking blow-up on recheck's attack (~900 KB) takes minutes; linear takes ~15 ms, ~0.5 s on a loaded machine.
const ATTACK_BUDGET_MS = 3000;

function sourceFiles(): string[] {
  return SOURCES.flatMap((dir) =>
    fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
      .map((f) => path.join(dir, f)),
  );
}

function collect(): { found: Found[]; dynamic: string[] } {
  const found: Found[] = [];
  const dynamic: string[] = [];
  for (const file of sourceFiles()) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText();
        const slash = literal.lastIndexOf('/');
        found.push({ where: where(node), source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        if (pattern && ts.isStringLiteralLike(pattern)) {
          found.push({ where: where(node), source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '' });
        } else if (pattern) {
          dynamic.push(`${file}: ${pattern.getText()}`);
        }
      } else if (ts.isStringLiteralLike(node) && isSchemaPattern(node)) {
        // Ajv compiles schema patterns with the u flag.
        found.push({ where: where(node), source: node.text, flags: 'u' });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { found, dynamic };
}

function isSchemaPattern(node: ts.StringLiteralLike): boolean {
  const parent = node.parent;
  if (ts.isPropertyAssignment(parent) && parent.initializer === node && parent.name.getText() === 'pattern') return true;
  if (ts.isVariableDeclaration(parent) && parent.initializer === node && /PATTERN$/.test(parent.name.getText())) return true;
  return node.text.length > 2 && node.text.startsWith('^') && node.text.endsWith('$') && !ts.isImportDeclaration(parent) && !ts.isExportDeclaration(parent);
}

const { found, dynamic } = collect();

describe('regular expressions are safe from catastrophic backtracking', () => {
  it('finds the expressions to check (literals, RegExp calls and schema patterns)', () => {
    expect(found.length).toBeGreaterThan(40);
    expect(found.some((f) => f.where.startsWith('shared/src/api/common.ts') && f.source.includes('[0-9a-fA-F]{8}'))).toBe(true);
    expect(found.some((f) => f.where.startsWith('shared/src/privacy/'))).toBe(true);
  });

  it('knows the shape of every expression built at run time', () => {
    expect(dynamic.filter((d) => !(d in DYNAMIC))).toEqual([]);
  });

  it('has each checked by recheck as safe', () => {
    const all = [
      ...found,
      ...Object.entries(DYNAMIC).flatMap(([key, shapes]) => shapes().map((s) => ({ where: key, ...s }))),
    ];
    const seen = new Set<string>();
    const unsafe: string[] = [];
    for (const { where, source, flags } of all) {
      const key = `/${source}/${flags}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const result = checkSync(source, flags.replace(/[gy]/g, ''), { timeout: 10_000 });
      if (result.status === 'vulnerable' && result.complexity.type === 'polynomial' && BOUNDED_GAP.test(source)) {
        const attack = result.attack.string.repeat(4);
        const started = performance.now();
        new RegExp(source, flags).test(attack);
        const took = performance.now() - started;
        if (took < ATTACK_BUDGET_MS) continue;
        unsafe.push(`${where} ${key} → ${took.toFixed(0)} ms on ${attack.length} characters of recheck's attack`);
        continue;
      }
      if (result.status !== 'safe') {
        unsafe.push(`${where} ${key} → ${result.status}${result.status === 'vulnerable' ? ` (${result.complexity.type}, e.g. ${JSON.stringify(result.attack.pattern).slice(0, 80)})` : ''}`);
      }
    }
    expect(unsafe).toEqual([]);
  }, 120_000);
});
