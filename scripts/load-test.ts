// `npm run test:load` (issue 7): 100 signed-in users at once reading their conference's agenda, their
// tasks and task list, and posting progress reports through the real server action, for LOAD_SECONDS
// (default 120). Passes with no error at all; 429s would be intended refusals and are counted apart,
// and so are reports refused as stale. Prints the requests, the throughput, p50/p95/p99 per kind of
// request, the errors by cause and the server's memory; exits 1 on any error.
//
// A fresh database on DATABASE_URL's server (a LOCAL one, else 127.0.0.1:5432) with the demo data and
// the load users (scripts/load/users.ts), dropped afterwards unless --keep. `next start` of the
// production build in .next, built first only if there is none (--no-build: fail instead), with a minted
// session cookie per user, as `npm run bench` does (scripts/bench/full/servers.ts). The users: scripts/load/virtual-users.ts.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encode } from 'next-auth/jwt';
import { withClient } from '../lib/db/with-client.ts';
import { findReportActionId } from './bench/full/server-action.ts';
import { cpuSeconds, rssMiB } from './bench/full/process-stats.ts';
import { startNext, stop, type Server } from './bench/full/servers.ts';
import { exitCodeOf, runNodeScript } from './lib/child-process.ts';
import { assertLocalDatabaseUrl } from './lib/local-database-url.ts';
import { watchShutdownSignals } from './lib/shutdown-signals.ts';
import { percentile } from './lib/statistics.ts';
import { migrateAndSeed } from './lib/test-databases.ts';
import { addLoadUsers } from './load/users.ts';
import { readAgenda, readTask, readTaskList, REQUEST_KINDS, runVirtualUsers, type RequestKind, type Sample, type Session, type SignedInUser } from './load/virtual-users.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST_DIR = '.next';
const USERS = 100;
const SECONDS = positiveNumber('LOAD_SECONDS', 120);
const WARM_UP_SECONDS = 10;
const KEEP = process.argv.includes('--keep');
const NO_BUILD = process.argv.includes('--no-build');
const SECRET = randomBytes(32).toString('hex');
const log = (line: string) => console.log(`[load] ${line}`);

function positiveNumber(variable: string, fallback: number): number {
  const raw = process.env[variable];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${variable} must be a positive number of seconds, not “${raw}”.`);
  return value;
}

/** The production build in .next: the one `npm test` leaves (CI runs this right after it), else built now, as scripts/test.ts builds it. */
async function ensureBuild(): Promise<void> {
  if (existsSync(path.join(ROOT, DIST_DIR, 'BUILD_ID'))) return;
  if (NO_BUILD) throw new Error(`No production build in ${DIST_DIR} (--no-build).`);
  log(`no production build in ${DIST_DIR}: next build`);
  const build = runNodeScript(path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), ['build'], { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: DIST_DIR });
  const code = exitCodeOf(await build.exited);
  if (code !== 0) throw new Error(`next build failed (exit ${code}).`);
}

/** Every user reads each of its pages once, one user at a time per slot: a wrong setup stops here, before the load. */
async function checkEveryUser(session: Session, users: readonly SignedInUser[]): Promise<void> {
  const problems: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < users.length) {
        const user = users[next++]!;
        const versions = new Map<string, number>();
        const samples = [await readAgenda(session, user), await readTaskList(session, user)];
        for (const taskId of user.taskIds) samples.push(await readTask(session, user, taskId, versions));
        for (const sample of samples) if (sample.outcome.kind !== 'ok') problems.push(`${user.username} ${sample.request}: ${sample.outcome.kind === 'error' ? sample.outcome.detail : sample.outcome.kind}`);
      }
    }),
  );
  if (problems.length > 0) throw new Error(`The users cannot read their pages before any load:\n  ${problems.slice(0, 10).join('\n  ')}`);
}

class Tally {
  readonly times = new Map<RequestKind, number[]>(REQUEST_KINDS.map((kind) => [kind, []]));
  readonly counts = new Map<RequestKind, { requests: number; throttled: number; stale: number; errors: number }>(REQUEST_KINDS.map((kind) => [kind, { requests: 0, throttled: 0, stale: 0, errors: 0 }]));
  readonly errors = new Map<string, number>();
  readonly statuses = new Map<string, number>();
  reports = 0;

  add = (sample: Sample) => {
    const counts = this.counts.get(sample.request)!;
    counts.requests++;
    if (sample.milliseconds !== null) this.times.get(sample.request)!.push(sample.milliseconds);
    const status = sample.httpStatus === null ? 'no answer' : String(sample.httpStatus);
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    if (sample.request === 'report' && sample.outcome.kind === 'ok') this.reports++;
    if (sample.outcome.kind === 'throttled') counts.throttled++;
    if (sample.outcome.kind === 'stale') counts.stale++;
    if (sample.outcome.kind === 'error') {
      counts.errors++;
      const key = `${sample.request}: ${sample.outcome.detail}`;
      this.errors.set(key, (this.errors.get(key) ?? 0) + 1);
    }
  };

  total(field: 'requests' | 'throttled' | 'stale' | 'errors'): number {
    return [...this.counts.values()].reduce((sum, counts) => sum + counts[field], 0);
  }
}

function printResult(tally: Tally, warmUp: Tally, seconds: number, server: { rss: { start: number; peak: number; end: number }; cpuPercent: number }, loadCpuPercent: number): void {
  const format = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(0));
  const header = ['request', 'count', 'per s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', '429', 'stale', 'errors'];
  const rows = [...REQUEST_KINDS, 'all' as const].map((kind) => {
    const times = (kind === 'all' ? [...tally.times.values()].flat() : tally.times.get(kind)!).sort((a, b) => a - b);
    const counts = kind === 'all' ? { requests: tally.total('requests'), throttled: tally.total('throttled'), stale: tally.total('stale'), errors: tally.total('errors') } : tally.counts.get(kind)!;
    const label = { agenda: 'agenda (conference page)', task: 'task page', tasks: 'task list', report: 'progress report (action)', all: 'all' }[kind];
    return [label, String(counts.requests), (counts.requests / seconds).toFixed(1), format(percentile(times, 0.5)), format(percentile(times, 0.95)), format(percentile(times, 0.99)), format(times.at(-1) ?? Number.NaN), String(counts.throttled), String(counts.stale), String(counts.errors)];
  });
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `  ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')}`;
  console.log(`\n[load] ${USERS} users for ${SECONDS} s (${seconds.toFixed(1)} s to the last answer), each in a closed loop: its next request when the last one is answered`);
  console.log([line(header), ...rows.map(line)].join('\n'));
  console.log(`  throughput ${(tally.total('requests') / seconds).toFixed(1)} requests/s; ${tally.reports} progress reports saved; answers by HTTP status: ${[...tally.statuses].sort().map(([status, count]) => `${status} × ${count}`).join(', ')}`);
  console.log(`  next start: RSS ${server.rss.start.toFixed(0)} MiB after the warm-up, peak ${server.rss.peak.toFixed(0)} MiB, ${server.rss.end.toFixed(0)} MiB at the end; CPU ${server.cpuPercent.toFixed(0)} % of one core (the load generator: ${loadCpuPercent.toFixed(0)} %)`);
  const errors = tally.total('errors') + warmUp.total('errors');
  console.log(`  intended refusals: ${tally.total('throttled')} throttled (429), ${tally.total('stale')} stale reports; warm-up (${WARM_UP_SECONDS} s, not in the figures): ${warmUp.total('requests')} requests, ${warmUp.total('errors')} errors`);
  console.log(`  errors: ${errors}`);
  for (const [what, count] of warmUp.errors) console.log(`    ${count} × warm-up ${what}`);
  for (const [what, count] of tally.errors) console.log(`    ${count} × ${what}`);
}

/** The reports the database holds against those the users were told were saved, and each task's version against its reports: nothing lost, nothing doubled. */
async function checkWrites(url: string, users: readonly SignedInUser[], saved: number): Promise<string[]> {
  const taskIds = users.flatMap((user) => user.taskIds);
  return withClient(url, async (client) => {
    const rows = (
      await client.query<{ id: string; version: number; updates: number }>(
        `SELECT t.id, t.version, (SELECT count(*)::int FROM "TaskUpdate" u WHERE u."taskId" = t.id) AS updates FROM "Task" t WHERE t.id = ANY($1::uuid[])`,
        [taskIds],
      )
    ).rows;
    const problems = rows.filter((row) => row.version !== 1 + row.updates).map((row) => `task ${row.id}: version ${row.version} after ${row.updates} reports`);
    const stored = rows.reduce((sum, row) => sum + row.updates, 0);
    if (stored !== saved) problems.push(`${stored} reports in the database, ${saved} answered as saved`);
    return problems;
  });
}

async function main(): Promise<number> {
  const admin = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  assertLocalDatabaseUrl(admin, 'DATABASE_URL');
  await ensureBuild();
  const actionId = findReportActionId(path.join(ROOT, DIST_DIR));
  const name = `hoinghi_load_${Date.now()}`;
  const url = new URL(admin);
  url.pathname = `/${name}`;
  let server: Server | undefined;
  let created = false;
  // Ctrl-C: the users stop, the server and the database go; a second one leaves at once.
  const deadline = { at: 0 };
  const signals = watchShutdownSignals((signal, count) => {
    if (count > 1) process.exit(130);
    log(`${signal}: stopping (again to leave at once, without dropping ${name})`);
    deadline.at = 0;
  });
  try {
    await withClient(admin, (client) => client.query(`CREATE DATABASE "${name}"`));
    created = true;
    await migrateAndSeed(url.toString(), log);
    const users: SignedInUser[] = await Promise.all(
      (await withClient(url.toString(), (client) => addLoadUsers(client, USERS))).map(async (user) => ({
        ...user,
        cookie: `next-auth.session-token=${await encode({ token: { sub: user.userId }, secret: SECRET })}`,
      })),
    );
    log(`${users.length} users with ${users.reduce((sum, user) => sum + user.taskIds.length, 0)} tasks added to the demo data`);

    server = await startNext(url.toString(), SECRET, { distDir: DIST_DIR, benchFloor: false });
    const session: Session = { base: server.base, actionId };
    await checkEveryUser(session, users);
    if (signals.requested) return 130;
    log(`every user reads its pages; warm-up: ${WARM_UP_SECONDS} s with all ${USERS} users`);
    const warmUp = new Tally();
    deadline.at = performance.now() + WARM_UP_SECONDS * 1000;
    await runVirtualUsers(session, users, deadline, warmUp.add);
    if (signals.requested) return 130;

    log(`${USERS} users for ${SECONDS} s`);
    const pid = server.pid;
    const rss = { start: rssMiB(pid), peak: 0, end: 0 };
    rss.peak = rss.start;
    const sampler = setInterval(() => (rss.peak = Math.max(rss.peak, rssMiB(pid))), 1000);
    const tally = new Tally();
    const cpuBefore = cpuSeconds(pid);
    const ownCpuBefore = process.cpuUsage();
    const started = performance.now();
    deadline.at = started + SECONDS * 1000;
    await runVirtualUsers(session, users, deadline, tally.add);
    if (signals.requested) return 130;
    const elapsed = (performance.now() - started) / 1000;
    const serverCpu = cpuSeconds(pid) - cpuBefore;
    const ownCpu = process.cpuUsage(ownCpuBefore);
    clearInterval(sampler);
    rss.end = rssMiB(pid);
    rss.peak = Math.max(rss.peak, rss.end);

    printResult(tally, warmUp, elapsed, { rss, cpuPercent: (serverCpu / elapsed) * 100 }, ((ownCpu.user + ownCpu.system) / 1e6 / elapsed) * 100);
    const writeProblems = await checkWrites(url.toString(), users, warmUp.reports + tally.reports);
    for (const problem of writeProblems) console.log(`    ${problem}`);
    const errors = tally.total('errors') + warmUp.total('errors') + writeProblems.length;
    if ([...tally.times.values()].every((times) => times.length === 0)) {
      console.log('[load] FAILED: not one request was answered');
      return 1;
    }
    console.log(errors === 0 ? '[load] PASSED: no error' : `[load] FAILED: ${errors} error(s)`);
    return errors === 0 ? 0 : 1;
  } finally {
    await stop(server);
    if (created && KEEP) log(`kept database ${name}`);
    else if (created) await withClient(admin, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[load] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
