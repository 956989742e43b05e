import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, acquireDataDirLock } from '../../../../server/src/db/data-dir-lock.ts';

let dir: string;
let lockPath: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-lockunit-'));
  lockPath = path.join(dir, 'pgdata.lock');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(child.stdout.trim());
}

const writeLock = (holder: object) => fs.writeFileSync(lockPath, JSON.stringify(holder));

const LOCK_MODULE = path.resolve(import.meta.dirname, '../../../../server/src/db/data-dir-lock.ts');

/** Processes started together, each trying to take the lock and holding it a moment: how many won. */
async function race(processes: number): Promise<{ won: number; lost: number }> {
  const script = `
    const { acquireDataDirLock } = await import(${JSON.stringify(LOCK_MODULE)});
    try {
      const lock = acquireDataDirLock(${JSON.stringify(lockPath)}, 'race');
      console.log('won');
      await new Promise((r) => setTimeout(r, 3000));
      lock.release();
    } catch (error) {
      console.log(error.name === 'DataDirLockedError' ? 'lost' : 'error ' + error.message);
    }`;
  const outputs = await Promise.all(
    Array.from({ length: processes }, () => new Promise<string>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
      let out = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.on('exit', () => resolve(out.trim()));
    })),
  );
  expect(outputs.filter((o) => o !== 'won' && o !== 'lost')).toEqual([]);
  return { won: outputs.filter((o) => o === 'won').length, lost: outputs.filter((o) => o === 'lost').length };
}

describe('data directory lock', () => {
  it('is taken once: a second opener is refused with the holder named, until the first releases it', () => {
    const lock = acquireDataDirLock(lockPath, 'server');
    expect(JSON.parse(fs.readFileSync(lockPath, 'utf8'))).toMatchObject({ pid: process.pid, purpose: 'server' });
    let refused: unknown;
    try {
      acquireDataDirLock(lockPath, 'officer:create');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DataDirLockedError);
    const message = (refused as Error).message;
    expect(message).toContain(`đang được máy chủ sử dụng (pid ${process.pid}, từ `);
    expect(message).toMatch(/từ \d\d:\d\d \d\d\/\d\d\/\d{4}\)/);
    expect(message).toContain(`in use by the server (pid ${process.pid}`);
    expect(message).toMatch(/bảng điều khiển cán bộ/);
    expect(message).toMatch(/stop the server/);
    lock.release();
    expect(fs.existsSync(lockPath)).toBe(false);
    acquireDataDirLock(lockPath, 'officer:create').release();
  });

  it('names a CLI holder and says to wait for it', () => {
    const lock = acquireDataDirLock(lockPath, 'import:procedures');
    expect(() => acquireDataDirLock(lockPath, 'server')).toThrow(/đang được lệnh import:procedures sử dụng.*chờ lệnh đó chạy xong/s);
    lock.release();
  });

  it('takes over a lock whose process no longer exists (killed server)', () => {
    writeLock({ pid: deadPid(), hostname: os.hostname(), startTicks: null, purpose: 'server', since: new Date().toISOString() });
    const lock = acquireDataDirLock(lockPath, 'officer:create');
    expect(JSON.parse(fs.readFileSync(lockPath, 'utf8')).pid).toBe(process.pid);
    lock.release();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('takes over a lock of a recycled pid: a live process that started at another time', () => {
    writeLock({ pid: process.ppid, hostname: os.hostname(), startTicks: 1, purpose: 'server', since: new Date().toISOString() });
    acquireDataDirLock(lockPath, 'server').release();
  });

  it('takes over a lock carrying its own pid (a container restarted as pid 1)', () => {
    writeLock({ pid: process.pid, hostname: os.hostname(), startTicks: null, purpose: 'server', since: new Date().toISOString() });
    acquireDataDirLock(lockPath, 'server').release();
  });

  it('respects a live holder, and one on another host it cannot check', () => {
    writeLock({ pid: process.ppid, hostname: os.hostname(), startTicks: null, purpose: 'server', since: new Date().toISOString() });
    expect(() => acquireDataDirLock(lockPath, 'seed')).toThrow(DataDirLockedError);
    writeLock({ pid: deadPid(), hostname: 'may-khac', startTicks: null, purpose: 'server', since: new Date().toISOString() });
    expect(() => acquireDataDirLock(lockPath, 'seed')).toThrow(/trên máy may-khac/);
  });

  it('treats an old unreadable lock file as stale, a fresh one as being written', () => {
    fs.writeFileSync(lockPath, '');
    expect(() => acquireDataDirLock(lockPath, 'seed')).toThrow(DataDirLockedError);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lockPath, old, old);
    acquireDataDirLock(lockPath, 'seed').release();
  });

  it('never removes a lock it does not own', () => {
    const lock = acquireDataDirLock(lockPath, 'server');
    fs.writeFileSync(lockPath, JSON.stringify({ pid: process.ppid, hostname: os.hostname(), startTicks: null, purpose: 'seed', since: '' }));
    lock.release();
    expect(fs.existsSync(lockPath)).toBe(true);
  });

  it('lets exactly one of several processes started at once take it', { timeout: 60_000 }, async () => {
    expect(await race(6)).toEqual({ won: 1, lost: 5 });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('lets exactly one of several processes take over the same stale lock', { timeout: 60_000 }, async () => {
    writeLock({ pid: deadPid(), hostname: os.hostname(), startTicks: null, purpose: 'server', since: new Date().toISOString() });
    expect(await race(6)).toEqual({ won: 1, lost: 5 });
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
