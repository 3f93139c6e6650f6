// The servers of one data set: `next start` on the production build in NEXT_DIST_DIR (.next-bench) and
// the hand-written limit server, each on a free port, each its own process (for its CPU time and RSS).
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNodeScript, type RunningChild } from '../../lib/child-process.ts';
import { waitForPort } from '../../lib/ports.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const DIST_DIR = '.next-bench';

export interface Server { base: string; app: RunningChild; pid: number }

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function started(app: RunningChild, port: number, what: string): Promise<Server> {
  if (!(await waitForPort('127.0.0.1', port, app.exited))) throw new Error(`${what} did not come up`);
  return { base: `http://127.0.0.1:${port}`, app, pid: app.child.pid! };
}

/**
 * `next start` of the build in `distDir` (the bench's own by default; `npm run test:load` runs .next).
 * `benchFloor` turns on app/bench-floor, the bench's yardstick page, which nothing else needs.
 */
export async function startNext(databaseUrl: string, secret: string, { distDir = DIST_DIR, benchFloor = true }: { distDir?: string; benchFloor?: boolean } = {}): Promise<Server> {
  const port = await freePort();
  const app = runNodeScript(path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: distDir, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXT_TELEMETRY_DISABLED: '1', ...(benchFloor ? { BENCH_FLOOR: '1' } : {}),
    REMINDERS_DISABLED: '1', // the daily job would write notices for thousands of overdue tasks during the runs
  });
  return started(app, port, 'next start');
}

export async function startLimit(databaseUrl: string, secret: string): Promise<Server> {
  const port = await freePort();
  const app = runNodeScript(path.join(ROOT, 'scripts', 'bench', 'full', 'limit-server.ts'), [], {
    ...process.env, NODE_ENV: 'production', PORT: String(port), DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: secret,
  }, { nodeArgs: ['--import', 'tsx'] });
  return started(app, port, 'the limit server');
}

export async function stop(server: Server | undefined): Promise<void> {
  if (!server) return;
  server.app.child.kill('SIGTERM');
  await server.app.exited;
}
