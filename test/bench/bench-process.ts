import { fork } from 'node:child_process';
import path from 'node:path';

/** Runs bench-server.ts in a child process (so the load generator does not share its core) and waits until it listens. */
export async function startBenchServer(env: Record<string, string>): Promise<{ url: string; stop(): Promise<void> }> {
  const port = 40000 + Math.floor(Math.random() * 5000);
  const child = fork(path.join(import.meta.dirname, 'bench-server.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}
