// Latency at a fixed rate, open loop: request i is due at start + i / rate whatever became of the earlier
// ones, and its latency counts from the moment it was due, not from when it could be sent (wrk2's
// constant-throughput model, which corrects "coordinated omission": a stalled server is charged for every
// request that should have gone out meanwhile). The sender runs in a worker thread (fixed-rate-worker.ts).
//
// autocannon's `overallRate` is not this. Each connection sends its quota for the second as fast as answers
// come back, then pauses until the next second (lib/httpClient.js, `reqsMadeThisSecond`), so the first half
// of every second runs at saturation and the rest idles: at "half of saturation" it measured queueing behind
// a burst (a page costing 23 ms of CPU had a p50 of 74 ms).
import { Worker } from 'node:worker_threads';
import type { PacedResult, PacedRun } from './fixed-rate-worker.ts';
import { percentile, type LoadResult, type Target } from './load.ts';
import { cpuSeconds, waitForIdle } from './process-stats.ts';

/** How late a send may go out before the run says the sender, not the server, set the figures. */
const SEND_DELAY_WARNING_MS = 10;

/** Node 20 starts a worker without the parent's tsx hooks: the worker registers them, then loads the sender. */
const SENDER = new URL('./fixed-rate-worker.ts', import.meta.url).href;
const BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ tsImport }) => tsImport(${JSON.stringify(SENDER)}, ${JSON.stringify(import.meta.url)}))`;

function inWorker(run: PacedRun): Promise<PacedResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOT, { eval: true, workerData: run });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the fixed-rate sender exited with ${code} before answering`)));
  });
}

export async function runFixedRate(target: Target, options: { rate: number; seconds: number }): Promise<LoadResult> {
  await waitForIdle(target.pid());
  const cpuBefore = cpuSeconds(target.pid());
  const run = await inWorker({ url: target.url, headers: target.headers, rate: options.rate, seconds: options.seconds });
  const cpu = cpuSeconds(target.pid()) - cpuBefore;
  const count = run.ok + run.failures;
  if (run.ok === 0) throw new Error(`${target.label} (${target.url}): not one of ${count} requests at ${options.rate}/s was answered with a 2xx. Is the server up?`);
  if (run.maxSendDelay > SEND_DELAY_WARNING_MS) console.warn(`[bench] ${target.label}: a request went out ${run.maxSendDelay.toFixed(0)} ms after its due time (the sender fell behind; its latency counts from the due time)`);
  const latencies = [...run.latencies].sort((a, b) => a - b);
  return {
    requestsPerSecond: count / run.elapsedSeconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    cpuMsPerRequest: (cpu * 1000) / count,
    failures: run.failures,
  };
}
