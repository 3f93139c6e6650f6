// Closed-loop load against one URL with autocannon's programmatic API (N connections, each sending its
// next request when the last one answered), with the server's CPU seconds over the same window. Latency at
// a fixed rate is fixed-rate.ts's. https://github.com/mcollina/autocannon#api
import autocannon from 'autocannon';
import { cpuSeconds, waitForIdle } from './process-stats.ts';

export interface Target {
  /** Row label, e.g. "agenda" or "limit: agenda". */
  label: string;
  url: string;
  headers: Record<string, string>;
  /** The server process answering it, for CPU time. */
  pid: () => number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Server CPU milliseconds per answered request. */
  cpuMsPerRequest: number;
  /** Answers that were not 2xx, plus socket errors and timeouts: must be 0 for a figure to count. */
  failures: number;
}

/**
 * One run, on a server that has first finished what the previous run left in flight. Throws when not one
 * request was answered with a 2xx: a server that is down or refuses everything has no throughput or
 * latency to report (autocannon would give 0 req/s and a p99 of 0).
 */
export async function runLoad(target: Target, options: { connections: number; seconds: number }): Promise<LoadResult> {
  await waitForIdle(target.pid());
  const cpuBefore = cpuSeconds(target.pid());
  const started = performance.now();
  const result = await autocannon({
    url: target.url,
    headers: target.headers,
    connections: options.connections,
    duration: options.seconds,
    timeout: 30,
  });
  const elapsed = (performance.now() - started) / 1000;
  const cpu = cpuSeconds(target.pid()) - cpuBefore;
  const answered = result.requests.total;
  if (result['2xx'] === 0) {
    throw new Error(`${target.label} (${target.url}): no request answered with a 2xx in ${options.seconds} s at ${options.connections} connections — `
      + `${result.requests.sent} sent, ${answered} answered, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} time-outs. Is the server up?`);
  }
  return {
    requestsPerSecond: answered / elapsed,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMsPerRequest: answered > 0 ? (cpu * 1000) / answered : Number.NaN,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
