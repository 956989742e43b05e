import { DEFAULT_DEMO_PASSWORD } from '../../server/src/config.ts';

/** Logs a demo officer into the bench server; the session cookie to send. */
export async function login(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/console/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEFAULT_DEMO_PASSWORD }),
  });
  if (res.status !== 204) throw new Error(`login failed: ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0];
}

/** One client, `n` requests one after another: each answer's latency, read to its last byte. */
export async function sequentialLatencies(base: string, path: string, cookie: string, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    const res = await fetch(base + path, { headers: { cookie } });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${(await res.text()).slice(0, 300)}`);
    await res.arrayBuffer();
    out.push(performance.now() - started);
  }
  return out;
}

/** The p-th percentile (nearest rank). */
export function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
