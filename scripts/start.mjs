// npm start: installs dependencies when missing, builds the Mini App when its
// sources changed, then runs the server (embedded database and demo data by default).
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

const server = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['server/src/server.ts'], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
