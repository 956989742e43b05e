/**
 * The real server in its own process, as production runs it (node + the TypeScript
 * entry through tsx), so a test can kill it with SIGKILL and start it again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ROOT_DIR } from '../../server/src/paths.ts';

export interface ServerProcess {
  url: string;
  kill(signal?: NodeJS.Signals): Promise<void>;
  restart(): Promise<void>;
}

export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = 41000 + Math.floor(Math.random() * 4000);
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess;
  const start = async () => {
    child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT_DIR, 'server/src/server.ts')], {
      cwd: ROOT_DIR,
      env: { ...process.env, LOG_LEVEL: 'warn', SEED_DEMO: 'false', STATIC_DIR: '', ...env, PORT: String(port), HOST: '127.0.0.1' },
      // Warnings and errors only (LOG_LEVEL=warn): worth seeing when a test fails.
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('server did not start in 60 s');
  };
  await start();
  const kill = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    await exited;
  };
  return { url, kill, restart: start };
}
