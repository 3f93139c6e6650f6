// Latency at a fixed rate, open loop: request i is due at start + i / rate whatever became of the earlier
// ones, and its latency counts from the moment it was due, not from when it could be sent (wrk2's
// constant-throughput model, which corrects "coordinated omission": a stalled server is charged for every
// request that should have gone out meanwhile).
//
// autocannon's `overallRate` is not this. Each connection sends its quota for the second as fast as answers
// come back, then pauses until the next second (lib/httpClient.js, `reqsMadeThisSecond`), so the first half
// of every second runs at saturation and the rest idles: at "half of saturation" it measured queueing behind
// a burst (a page costing 23 ms of CPU had a p50 of 74 ms; the empty floor page a p99 of 543 ms).
import http from 'node:http';
import { cpuSeconds, waitForIdle } from './process-stats.ts';
import { percentile, type LoadResult, type Target } from './load.ts';

const TIMEOUT_MS = 30_000;

/** One request; resolves with its status (0 for a socket error or a time-out) once the whole body is read. */
function send(agent: http.Agent, target: Target): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(target.url, { agent, headers: target.headers, timeout: TIMEOUT_MS }, (response) => {
      response.on('data', () => {});
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', () => resolve(0));
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(0));
  });
}

export async function runFixedRate(target: Target, options: { rate: number; seconds: number }): Promise<LoadResult> {
  await waitForIdle(target.pid());
  // More sockets than the rate could ever keep busy: a request never waits for a free one unless the server
  // is that far behind, and then the wait is the server's, counted from the due time.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const count = Math.max(1, Math.round(options.rate * options.seconds));
  const interval = 1000 / options.rate;
  const latencies: number[] = [];
  let failures = 0;
  let ok = 0;
  const cpuBefore = cpuSeconds(target.pid());
  const start = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let index = 0; index < count; index++) {
    const due = start + index * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(send(agent, target).then((status) => {
      latencies.push(performance.now() - due);
      if (status >= 200 && status < 300) ok++;
      else failures++;
    }));
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - start) / 1000;
  const cpu = cpuSeconds(target.pid()) - cpuBefore;
  agent.destroy();
  if (ok === 0) throw new Error(`${target.label} (${target.url}): not one of ${count} requests at ${options.rate}/s was answered with a 2xx. Is the server up?`);
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: count / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    cpuMsPerRequest: (cpu * 1000) / count,
    failures,
  };
}
