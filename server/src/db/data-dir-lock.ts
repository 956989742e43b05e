/**
 * One process at a time on the embedded database's directory. PGlite has no lock of
 * its own: a second process opening the same directory "succeeds" and its writes are
 * lost. Whoever opens the directory (the server or a CLI) first creates
 * `<dir>.lock` atomically (O_EXCL) with who it is; a second opener refuses.
 *
 * A lock whose process is gone (SIGKILL, power loss) is stale and taken over at once:
 * liveness is checked by pid on the same host, and by the process start time on Linux
 * so a recycled pid (a container's pid 1 after a restart) is not mistaken for the
 * holder. mtime-based locks do not fit here: PGlite's work is synchronous and can
 * block the event loop for seconds, which would make a held lock look stale.
 */
import fs from 'node:fs';
import os from 'node:os';

export interface LockHolder {
  pid: number;
  hostname: string;
  /** Linux: the process start time in clock ticks since boot (/proc/<pid>/stat), to detect pid reuse. */
  startTicks: number | null;
  /** What holds it: "server", or the CLI's name ("officer:create"). */
  purpose: string;
  since: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: LockHolder | null,
  ) {
    super(lockedMessage(lockPath, holder));
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

/** The locks this process holds, so its own pid in a lock file is told apart from an earlier life of that pid. */
const heldHere = new Set<string>();

/** Takes the lock or throws DataDirLockedError naming the holder. */
export function acquireDataDirLock(lockPath: string, purpose: string): DataDirLock {
  const me: LockHolder = { pid: process.pid, hostname: os.hostname(), startTicks: startTicksOf(process.pid), purpose, since: new Date().toISOString() };
  const content = `${JSON.stringify(me)}\n`;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(lockPath, content)) return held(lockPath, content);
    const holder = readHolder(lockPath);
    if (holder === undefined) continue; // Released in between: try again.
    if (holder && (heldHere.has(lockPath) || isAlive(holder))) throw new DataDirLockedError(lockPath, holder);
    takeOverStale(lockPath, holder);
  }
  throw new DataDirLockedError(lockPath, readHolder(lockPath) ?? null);
}

function held(lockPath: string, content: string): DataDirLock {
  let released = false;
  heldHere.add(lockPath);
  const release = () => {
    if (released) return;
    released = true;
    heldHere.delete(lockPath);
    process.off('exit', release);
    // Only our own lock: never remove one another process took after us.
    try {
      if (fs.readFileSync(lockPath, 'utf8') === content) fs.unlinkSync(lockPath);
    } catch {
      // Already gone.
    }
  };
  process.on('exit', release);
  return { path: lockPath, release };
}

function tryCreate(lockPath: string, content: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(lockPath, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/** The holder; null when the file is unreadable or garbled (treated as stale); undefined when it is gone. */
function readHolder(lockPath: string): LockHolder | null | undefined {
  let text: string;
  try {
    text = fs.readFileSync(lockPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as LockHolder;
    return Number.isInteger(parsed.pid) && typeof parsed.hostname === 'string' ? parsed : null;
  } catch {
    // A process killed between create and write leaves an empty file; give a live writer a moment.
    const stat = fs.statSync(lockPath, { throwIfNoEntry: false });
    if (!stat) return undefined;
    return Date.now() - stat.mtimeMs < 2000 ? { pid: -1, hostname: os.hostname(), startTicks: null, purpose: 'unknown', since: new Date().toISOString() } : null;
  }
}

function isAlive(holder: LockHolder): boolean {
  // Another machine sharing the folder: its processes cannot be checked from here.
  if (holder.hostname !== os.hostname()) return true;
  if (holder.pid === -1) return true; // Being written right now.
  // Not one this process holds (checked before): left by an earlier life of this pid (a container's pid 1).
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const ticks = startTicksOf(holder.pid);
  return !(holder.startTicks !== null && ticks !== null && ticks !== holder.startTicks);
}

/**
 * Removes a stale lock. Two processes may find it stale at once: the rename moves it
 * aside atomically, so only one of them removes it; a fresh lock the other one took
 * meanwhile is put back (link fails only if a third process locked in that instant).
 */
function takeOverStale(lockPath: string, seen: LockHolder | null): void {
  const aside = `${lockPath}.stale-${process.pid}`;
  try {
    fs.renameSync(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readHolder(aside);
  const same = JSON.stringify(moved ?? null) === JSON.stringify(seen);
  if (!same && moved && isAlive(moved)) {
    // Not the file we judged stale: give it back (link fails if a new lock exists already).
    try {
      fs.linkSync(aside, lockPath);
    } catch {
      // A lock exists again; the retry loop reads it.
    }
  }
  fs.rmSync(aside, { force: true });
}

function startTicksOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22, counted after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    return Number.isFinite(ticks) ? ticks : null;
  } catch {
    return null;
  }
}

function lockedMessage(lockPath: string, holder: LockHolder | null): string {
  const dir = lockPath.replace(/\.lock$/, '');
  if (!holder) {
    return (
      `Thư mục dữ liệu ${dir} đang bị khóa (${lockPath}). Nếu chắc chắn không còn tiến trình nào dùng nó, hãy xóa tệp khóa rồi thử lại.\n` +
      `The data directory ${dir} is locked (${lockPath}). If you are sure no process uses it, delete the lock file and try again.`
    );
  }
  const server = holder.purpose === 'server';
  const since = formatSince(holder.since);
  const where = holder.hostname === os.hostname() ? `pid ${holder.pid}` : `pid ${holder.pid} trên máy ${holder.hostname}`;
  const whereEn = holder.hostname === os.hostname() ? `pid ${holder.pid}` : `pid ${holder.pid} on host ${holder.hostname}`;
  const who = server ? 'máy chủ' : `lệnh ${holder.purpose}`;
  const whoEn = server ? 'the server' : `the command ${holder.purpose}`;
  const todo = server
    ? 'Hãy làm việc này trên bảng điều khiển cán bộ (/console: Tài khoản, Khóa Open311, Danh mục → Nhập từ tệp), hoặc dừng máy chủ rồi chạy lại lệnh.'
    : 'Hãy chờ lệnh đó chạy xong rồi thử lại.';
  const todoEn = server
    ? 'Use the officers’ console (/console: Tài khoản for accounts, Khóa Open311 for keys, Danh mục → Nhập từ tệp for imports), or stop the server and run the command again.'
    : 'Wait for that command to finish, then try again.';
  return (
    `Thư mục dữ liệu ${dir} đang được ${who} sử dụng (${where}, từ ${since}). Không mở lần thứ hai để không mất dữ liệu. ${todo}\n` +
    `The data directory ${dir} is in use by ${whoEn} (${whereEn}, since ${holder.since}). It is not opened twice, so no write is lost. ${todoEn}`
  );
}

function formatSince(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('hour')}:${get('minute')} ${get('day')}/${get('month')}/${get('year')}`;
}
