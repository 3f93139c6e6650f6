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
import { percentile } from '../../lib/statistics.ts';
import type { Target } from './load.ts';
import { waitForIdle } from './process-stats.ts';

export interface FixedRateResult {
  p50: number;
  p99: number;
  failures: number;
  /** Sends that went out more than LATE_MS after their due time (the sender shares the cores); their latency counts from the due time. */
  lateSends: number;
  maxSendDelay: number;
}

/** A send later than this after its due time is the sender's doing (it shares the cores with the servers). */
const LATE_MS = 10;

/** Node 20 starts a worker without the parent's tsx hooks: the worker registers them, then loads the sender. */
const SENDER = new URL('./fixed-rate-worker.ts', import.meta.url).href;
const BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ tsImport }) => tsImport(${JSON.stringify(SENDER)}, ${JSON.stringify(import.meta.url)}))`;
/** Beyond the run and one request's time-out: the server is not answering, and the run stops. */
const MARGIN_MS = 60_000;

function inWorker(run: PacedRun): Promise<PacedResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOT, { eval: true, workerData: run });
    const deadline = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`${run.url}: the fixed-rate run did not finish within ${run.seconds} s + ${MARGIN_MS / 1000} s`));
    }, run.seconds * 1000 + MARGIN_MS);
    worker.once('message', (result: PacedResult) => {
      clearTimeout(deadline);
      resolve(result);
    });
    worker.once('error', (error) => {
      clearTimeout(deadline);
      reject(error);
    });
    worker.once('exit', (code) => {
      clearTimeout(deadline);
      reject(new Error(`the fixed-rate sender exited with ${code} before answering`));
    });
  });
}

export async function runFixedRate(target: Target, options: { rate: number; seconds: number }): Promise<FixedRateResult> {
  await waitForIdle(target.pid());
  const run = await inWorker({ url: target.url, headers: target.headers, rate: options.rate, seconds: options.seconds, lateMs: LATE_MS });
  if (run.ok === 0) throw new Error(`${target.label} (${target.url}): not one of ${run.failures} requests at ${options.rate}/s was answered with a 2xx. Is the server up?`);
  if (run.lateSends > 0) console.warn(`[bench] ${target.label}: ${run.lateSends} of ${run.ok + run.failures} sends went out more than ${LATE_MS} ms late (up to ${run.maxSendDelay.toFixed(0)} ms; counted from the due time)`);
  const latencies = [...run.latencies].sort((a, b) => a - b);
  return { p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), failures: run.failures, lateSends: run.lateSends, maxSendDelay: run.maxSendDelay };
}
