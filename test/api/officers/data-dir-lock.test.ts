/**
 * One writer on the embedded database: while the server holds DATA_DIR's PGlite
 * directory, the CLIs and a second server refuse with a clear message instead of
 * "succeeding" and losing the write. After the server stops (or dies), they work.
 */
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../../server/src/paths.ts';
import { startServerProcess, type ServerProcess } from '../../helpers/server-process.ts';

const run = promisify(execFile);

let dataDir: string;
let server: ServerProcess;
// The embedded engine only: this test never uses TEST_DATABASE_URL's PostgreSQL.
const env = () => ({ ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, SEED_DEMO: 'true', LOG_LEVEL: 'warn' });

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(script: string, args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', path.join(ROOT_DIR, 'server/src/cli', script), ...args], {
      cwd: ROOT_DIR,
      env: env(),
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const createOfficer = (username: string) =>
  cli('officer-create.ts', ['--unit', 'binh-giang', '--username', username, '--name', 'Trần Thị Khóa', '--role', 'officer', '--password', 'mat-khau-rat-dai-123']);

async function canLogIn(url: string, username: string): Promise<boolean> {
  const res = await fetch(`${url}/api/v1/console/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'mat-khau-rat-dai-123' }),
  });
  await res.arrayBuffer();
  return res.status === 204;
}

const lockFile = () => path.join(dataDir, 'pgdata.lock');

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-lock-'));
  server = await startServerProcess({ DATABASE_URL: '', DATA_DIR: dataDir, SEED_DEMO: 'true' });
}, 180_000);

afterAll(async () => {
  await server?.kill('SIGKILL');
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('one writer on DATA_DIR', () => {
  it('officer:create refuses while the server runs, naming the server and what to do, and prints no success', async () => {
    const result = await createOfficer('khoa.dang.chay');
    expect(result.code).not.toBe(0);
    expect(result.stdout).not.toMatch(/Đã tạo/);
    expect(result.stderr).toMatch(/đang được máy chủ sử dụng/);
    expect(result.stderr).toMatch(/in use by the server/);
    expect(result.stderr).toMatch(/pid \d+/);
    expect(result.stderr).toMatch(/bảng điều khiển|console/);
    // Nothing half-written: the account does not exist, before or after a restart.
    expect(await canLogIn(server.url, 'khoa.dang.chay')).toBe(false);
  }, 90_000);

  it('the other CLIs refuse too while the server runs', async () => {
    for (const [script, args] of [
      ['open311-key.ts', ['--name', 'Hệ thống thử khóa']],
      ['migrate.ts', []],
      ['seed.ts', []],
      ['import-procedures.ts', ['--unit', 'binh-giang', '--repeal', '1.000001', '--decision', 'Quyết định số 1/QĐ-UBND']],
    ] as const) {
      const result = await cli(script, [...args]);
      expect(result.code, script).not.toBe(0);
      expect(result.stderr, script).toMatch(/đang được máy chủ sử dụng/);
      expect(result.stdout, script).toBe('');
    }
  }, 180_000);

  it('a second server on the same DATA_DIR refuses to start', async () => {
    const second = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT_DIR, 'server/src/server.ts')], {
      cwd: ROOT_DIR,
      env: { ...env(), PORT: '0', HOST: '127.0.0.1', STATIC_DIR: '' },
    });
    let stderr = '';
    second.stderr.on('data', (chunk) => (stderr += chunk));
    const exitCode = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        second.kill('SIGKILL');
        resolve(null);
      }, 60_000);
      second.on('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
    expect(exitCode).not.toBeNull();
    expect(exitCode).not.toBe(0);
    expect(stderr).toMatch(/đang được máy chủ sử dụng/);
    // The first server is unharmed.
    expect((await fetch(`${server.url}/healthz`)).ok).toBe(true);
  }, 90_000);

  it('after the server stops, the CLI works and the officer can log in', async () => {
    await server.kill('SIGTERM');
    expect(fs.existsSync(lockFile())).toBe(false);
    const result = await createOfficer('khoa.sau.khi.dung');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Đã tạo tài khoản khoa\.sau\.khi\.dung/);
    expect(fs.existsSync(lockFile())).toBe(false);
    await server.restart();
    expect(await canLogIn(server.url, 'khoa.sau.khi.dung')).toBe(true);
    expect(await canLogIn(server.url, 'khoa.dang.chay')).toBe(false);
  }, 180_000);

  it('a lock left by a killed server does not block the CLI or the next server', async () => {
    await server.kill('SIGKILL');
    expect(fs.existsSync(lockFile())).toBe(true);
    const result = await createOfficer('khoa.sau.khi.chet');
    expect(result.code).toBe(0);
    await server.restart();
    expect(await canLogIn(server.url, 'khoa.sau.khi.chet')).toBe(true);
  }, 180_000);
});
