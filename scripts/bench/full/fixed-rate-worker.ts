// The paced sender of fixed-rate.ts, in a worker thread: its own heap and event loop, so a garbage
// collection of the bench process (which has run a hundred autocannon runs by then) cannot hold back a
// send and be charged to the server as latency.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

export interface PacedRun {
  url: string;
  headers: Record<string, string>;
  rate: number;
  seconds: number;
}

export interface PacedResult {
  /** Milliseconds from each request's due time to the end of its answer, in the order they finished. */
  latencies: number[];
  ok: number;
  failures: number;
  elapsedSeconds: number;
  /** The latest any request went out after its due time: more than a few ms means the sender, not the server, fell behind. */
  maxSendDelay: number;
}

const TIMEOUT_MS = 30_000;

/** One request; resolves with its status (0 for a socket error or a time-out) once the whole body is read. */
function send(agent: http.Agent, run: PacedRun): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(run.url, { agent, headers: run.headers, timeout: TIMEOUT_MS }, (response) => {
      response.on('data', () => {});
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', () => resolve(0));
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(0));
  });
}

async function paced(run: PacedRun): Promise<PacedResult> {
  // More sockets than the rate could ever keep busy: a request never waits for a free one unless the server
  // is that far behind, and then the wait is the server's, counted from the due time.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const count = Math.max(1, Math.round(run.rate * run.seconds));
  const interval = 1000 / run.rate;
  const result: PacedResult = { latencies: [], ok: 0, failures: 0, elapsedSeconds: 0, maxSendDelay: 0 };
  const start = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let index = 0; index < count; index++) {
    const due = start + index * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    result.maxSendDelay = Math.max(result.maxSendDelay, performance.now() - due);
    inFlight.push(send(agent, run).then((status) => {
      result.latencies.push(performance.now() - due);
      if (status >= 200 && status < 300) result.ok++;
      else result.failures++;
    }));
  }
  await Promise.all(inFlight);
  result.elapsedSeconds = (performance.now() - start) / 1000;
  agent.destroy();
  return result;
}

parentPort?.postMessage(await paced(workerData as PacedRun));
