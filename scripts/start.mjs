// npm start: installs dependencies when missing, builds the Mini App and bundles the
// server when their sources changed, then runs the server (embedded database and demo
// data by default).
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!fs.existsSync(path.join(root, 'node_modules', '.bin', 'tsx'))) run('npm', ['install', '--no-audit', '--no-fund']);

const newest = (p) => {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).map((f) => newest(path.join(p, f))));
};
const miniapp = path.join(root, 'miniapp');
const builtAt = newest(path.join(miniapp, 'www', 'index.html'));
const sources = ['src', 'index.html', 'console.html', 'vite.config.ts', 'package.json', 'app-config.json', '../shared/src'];
if (builtAt === 0 || sources.some((s) => newest(path.join(miniapp, s)) > builtAt)) {
  console.log('Đang dựng Mini App…');
  run('npm', ['run', 'build', '-w', 'miniapp']);
}

// The server runs from one bundled file: starting it is then a fraction of a second.
const bundle = path.join(root, 'dist', 'server.mjs');
const bundledAt = newest(bundle);
if (bundledAt === 0 || ['server/src', 'shared/src', 'server/package.json'].some((s) => newest(path.join(root, s)) > bundledAt)) {
  const { build } = await import('esbuild');
  const deps = Object.keys(JSON.parse(fs.readFileSync(path.join(root, 'server/package.json'), 'utf8')).dependencies);
  await build({
    entryPoints: [path.join(root, 'server/src/server.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    external: deps.filter((d) => !d.startsWith('@cchc/')),
    logLevel: 'warning',
  });
}

const server = spawn(process.execPath, ['--enable-source-maps', bundle], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
