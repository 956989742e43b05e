import autocannon from 'autocannon';

export interface LoadResult {
  name: string;
  rps: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** autocannon against a set of paths (each connection cycles through them), 50 connections by default. */
export async function load(name: string, baseUrl: string, paths: string[], seconds = 5, connections = 50, headers: Record<string, string> = {}): Promise<LoadResult> {
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    requests: paths.map((path) => ({ method: 'GET', path, headers })),
  });
  return {
    name,
    rps: result.requests.average,
    p95: (result.latency as unknown as Record<string, number>).p97_5 ?? result.latency.p99,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

export function printRow(r: LoadResult, hello: number): void {
  const ratio = ((100 * r.rps) / hello).toFixed(1);
  console.log(
    `${r.name.padEnd(28)} ${r.rps.toFixed(0).padStart(7)} req/s  ${ratio.padStart(5)}% of hello  p99 ${String(r.p99).padStart(4)} ms  non-2xx ${r.non2xx}  errors ${r.errors}`,
  );
}
