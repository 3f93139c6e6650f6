// The paced sender of fixed-rate.ts, in a worker thread: its own heap and event loop, so a garbage
// collection of the bench process (which has run a hundred autocannon runs by then) cannot hold back a
// send. It shares the 2 cores with the servers all the same, so it counts the sends that went out late.
import http from 'node:http';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';

export interface PacedRun {
  url: string;
  headers: Record<string, string>;
  rate: number;
  seconds: number;
  /** A send later than this after its due time is counted as late: the sender's doing, not the server's. */
  lateMs: number;
}

export interface PacedResult {
  /** Milliseconds from each 2xx request's due time to the end of its answer. */
  latencies: number[];
  ok: number;
  /** Answers that were not 2xx, socket errors and time-outs: not in `latencies`. */
  failures: number;
  /** Sends that went out more than `lateMs` after their due time, and the latest of all. */
  lateSends: number;
  maxSendDelay: number;
}

const TIMEOUT_MS = 30_000;

/** One request; resolves with its status (0 for a socket error, a time-out or a cut answer) once the answer is over. */
function send(agent: http.Agent, run: PacedRun): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(run.url, { agent, headers: run.headers, timeout: TIMEOUT_MS }, (response) => {
      response.resume();
      response.on('close', () => resolve(response.complete ? (response.statusCode ?? 0) : 0));
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(0));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function paced(run: PacedRun): Promise<PacedResult> {
  // More sockets than the rate could ever keep busy: a request never waits for a free one unless the server
  // is that far behind, and then the wait is the server's, counted from the due time.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const count = Math.max(1, Math.round(run.rate * run.seconds));
  const interval = 1000 / run.rate;
  const result: PacedResult = { latencies: [], ok: 0, failures: 0, lateSends: 0, maxSendDelay: 0 };
  const start = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let index = 0; index < count; index++) {
    const due = start + index * interval;
    // setTimeout may wake a little early against performance.now(): never send before the due time.
    for (let wait = due - performance.now(); wait > 0; wait = due - performance.now()) await sleep(wait);
    const delay = performance.now() - due;
    if (delay > run.lateMs) result.lateSends++;
    result.maxSendDelay = Math.max(result.maxSendDelay, delay);
    inFlight.push(send(agent, run).then((status) => {
      if (status >= 200 && status < 300) {
        result.ok++;
        result.latencies.push(performance.now() - due);
      } else {
        result.failures++;
      }
    }));
  }
  await Promise.all(inFlight);
  agent.destroy();
  return result;
}

if (isMainThread) throw new Error('fixed-rate-worker.ts runs in a worker thread (fixed-rate.ts starts it)');
parentPort!.postMessage(await paced(workerData as PacedRun));
