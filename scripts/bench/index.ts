// `npm run bench` (issue 7): the app's pages against two yardsticks measured in the same run, at two data
// scales. The limit: scripts/bench/full/limit-server.ts, the same pages by hand on node:http + pg. The
// floor: app/bench-floor/page.tsx, a dynamic page of this app with the same session check and one line
// of text. Pages: a conference (agenda and 60 invitees), the task list filtered by one unit (50 rows),
// the office dashboard, the task list as an RSC navigation, and a server action posting a progress report
// at a fixed low rate. Per page: closed-loop throughput at 16 and 64 connections (autocannon, after a
// warm-up, the servers alternated, medians of 3), p50/p99 at a fixed rate of half the page's S
// saturation (open loop, evenly spaced, timed from each request's due time; medians of 3), server CPU per
// request, SQL statements per request, HTML and RSC bytes, first-load JS (gzip), server RSS; then the ratios to the floor and the limit, the L/S growth, and the bars.
//
// Needs a production build in .next-bench (never .next, so a developer's build is left alone):
//   npm run bench -- --build     (builds it first: NEXT_DIST_DIR=.next-bench next build)
// Real PostgreSQL (DATABASE_URL's server, else 127.0.0.1:5432): fresh databases, dropped afterwards
// unless --keep. --quick: the S data set only and shorter runs, for development. Not part of `npm test`;
// exits 1 when a bar fails.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encode } from 'next-auth/jwt';
import { withClient } from '../../lib/db/with-client.ts';
import { assertLocalDatabaseUrl } from '../lib/local-database-url.ts';
import { migrateAndSeed } from '../lib/test-databases.ts';
import { buildForBench } from './full/build.ts';
import { firstLoadJsGzipBytes } from './full/first-load-js.ts';
import { generateData, SCALES, type Generated, type Scale } from './full/generate-data.ts';
import { runFixedRate, type FixedRateResult } from './full/fixed-rate.ts';
import { runLoad, type LoadResult, type Target } from './full/load.ts';
import { median, percentile } from '../lib/statistics.ts';
import { cpuSeconds, rssMiB, waitForIdle } from './full/process-stats.ts';
import { DIST_DIR, startLimit, startNext, stop, type Server } from './full/servers.ts';
import { startStatementCounter } from './full/statement-counter.ts';
import { closePools, findReportActionId, postProgressReport } from './full/server-action.ts';
import { printReport, type PageFigures, type ScaleFigures } from './full/report.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const QUICK = process.argv.includes('--quick');
const KEEP = process.argv.includes('--keep');
const SECRET = randomBytes(32).toString('hex');
const SECONDS = QUICK ? 3 : 8;
const WARM_UP_SECONDS = QUICK ? 2 : 4;
const REPEATS = 3;
const CONNECTIONS = [16, 64] as const;
const ACTION_RATE = 5; // progress reports per second
const log = (line: string) => console.log(`[bench] ${line}`);

/** The router state of the office dashboard: the RSC request is a navigation from there to the task list. */
const DASHBOARD_TREE = encodeURIComponent(JSON.stringify(['', { children: ['(app)', { children: ['__PAGE__', {}] }] }]));

type PageKey = 'floor' | 'agenda' | 'tasks' | 'dashboard' | 'rsc' | 'limit agenda' | 'limit tasks';
const PAGE_KEYS: PageKey[] = ['floor', 'agenda', 'tasks', 'dashboard', 'rsc', 'limit agenda', 'limit tasks'];

interface DataSet {
  scale: Scale;
  name: string;
  url: string;
  generated: Generated;
  cookie: string;
}

async function prepare(admin: string, scale: Scale, stamp: number): Promise<DataSet> {
  const name = `hoinghi_bench_${scale.label.toLowerCase()}_${stamp}`;
  await withClient(admin, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  await migrateAndSeed(url.toString(), log);
  const started = performance.now();
  const generated = await withClient(url.toString(), (client) => generateData(client, scale));
  log(`${scale.label}: ${scale.organizations} organisations, ${scale.members} members, ${scale.conferences} conferences, ${scale.tasks} tasks in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const token = await encode({ token: { sub: generated.secretaryUserId }, secret: SECRET });
  return { scale, name, url: url.toString(), generated, cookie: `next-auth.session-token=${token}` };
}

/** The request of each page on the given servers; the RSC one with the `_rsc` search param Next expects (it answers 307 to the right URL otherwise). */
async function targets(data: DataSet, next: Server, limit: Server): Promise<Record<PageKey, Target>> {
  const headers = { cookie: data.cookie };
  const tasks = `/tasks?ownerId=${data.generated.unitId}`;
  const rscHeaders = { ...headers, rsc: '1', 'next-router-state-tree': DASHBOARD_TREE };
  const probe = await fetch(`${next.base}${tasks}`, { headers: rscHeaders, redirect: 'manual' });
  await probe.arrayBuffer();
  const rscPath = probe.status === 307 ? probe.headers.get('location')! : tasks;
  const at = (server: Server, pathname: string, extra: Record<string, string> = {}): Omit<Target, 'label'> => ({ url: `${server.base}${pathname}`, headers: { ...headers, ...extra }, pid: () => server.pid });
  return {
    floor: { label: `${data.scale.label} floor`, ...at(next, '/bench-floor') },
    agenda: { label: `${data.scale.label} agenda`, ...at(next, `/conferences/${data.generated.conferenceId}`) },
    tasks: { label: `${data.scale.label} tasks`, ...at(next, tasks) },
    dashboard: { label: `${data.scale.label} dashboard`, ...at(next, '/') },
    rsc: { label: `${data.scale.label} rsc`, url: `${next.base}${rscPath}`, headers: rscHeaders, pid: () => next.pid },
    'limit agenda': { label: `${data.scale.label} limit agenda`, ...at(limit, `/conferences/${data.generated.conferenceId}`) },
    'limit tasks': { label: `${data.scale.label} limit tasks`, ...at(limit, tasks) },
  };
}

/** One request, checked: anything but a 200 (a login redirect, a 404 floor) would measure the wrong thing. */
async function fetchOk(target: Target): Promise<string> {
  const response = await fetch(target.url, { headers: target.headers, redirect: 'manual' });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${target.label} ${target.url}: HTTP ${response.status}`);
  return body;
}

/** Statements per request (through the counting relay, requests one at a time), bytes, first-load JS. */
async function countingPass(data: DataSet, actionId: string): Promise<Record<string, { statements: number; bytes: number; jsGzip: number | null }>> {
  const counter = await startStatementCounter(data.url);
  let next: Server | undefined;
  let limit: Server | undefined;
  try {
    next = await startNext(counter.url, SECRET);
    limit = await startLimit(counter.url, SECRET);
    const all = await targets(data, next, limit);
    const figures: Record<string, { statements: number; bytes: number; jsGzip: number | null }> = {};
    const REQUESTS = 5;
    for (const key of PAGE_KEYS) {
      const target = all[key];
      await fetchOk(target);
      await fetchOk(target); // warm: first requests compile and cache
      const before = counter.statements();
      let body = '';
      for (let index = 0; index < REQUESTS; index++) body = await fetchOk(target);
      const statements = (counter.statements() - before) / REQUESTS;
      const isHtml = !key.startsWith('limit') && key !== 'rsc';
      figures[key] = { statements, bytes: Buffer.byteLength(body), jsGzip: isHtml ? await firstLoadJsGzipBytes(next.base, body) : null };
    }
    const before = counter.statements();
    const posts = 3;
    for (let index = 0; index < posts; index++) await postProgressReport(next.base, data, actionId, index);
    figures.action = { statements: (counter.statements() - before) / posts, bytes: 0, jsGzip: null };
    return figures;
  } finally {
    await stop(next);
    await stop(limit);
    await counter.close();
  }
}

async function main() {
  const admin = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  assertLocalDatabaseUrl(admin, 'DATABASE_URL');
  if (process.argv.includes('--build')) await buildForBench();
  if (!existsSync(path.join(ROOT, DIST_DIR, 'BUILD_ID'))) throw new Error(`No production build in ${DIST_DIR}: run \`npm run bench -- --build\`.`);
  const actionId = findReportActionId(path.join(ROOT, DIST_DIR));
  const scales = QUICK ? [SCALES.S] : [SCALES.S, SCALES.L];
  const stamp = Date.now();
  const sets: DataSet[] = [];
  const running: Server[] = [];
  try {
    for (const scale of scales) sets.push(await prepare(admin, scale, stamp));

    const counted = new Map<DataSet, Awaited<ReturnType<typeof countingPass>>>();
    for (const data of sets) {
      log(`${data.scale.label}: counting SQL statements and bytes`);
      counted.set(data, await countingPass(data, actionId));
    }

    // The timed servers: one app and one limit server per data set, all up at once and alternated.
    const timed = new Map<DataSet, { next: Server; limit: Server; targets: Record<PageKey, Target> }>();
    for (const data of sets) {
      const next = await startNext(data.url, SECRET);
      running.push(next);
      const limit = await startLimit(data.url, SECRET);
      running.push(limit);
      timed.set(data, { next, limit, targets: await targets(data, next, limit) });
    }
    const rounds = sets.flatMap((data) => PAGE_KEYS.map((key) => ({ data, key, target: timed.get(data)!.targets[key] })));
    for (const { target } of rounds) await fetchOk(target);
    log(`warm-up: ${WARM_UP_SECONDS} s per page at 16 connections`);
    for (const { target } of rounds) await runLoad(target, { connections: 16, seconds: WARM_UP_SECONDS });

    const throughput = new Map<string, Record<number, LoadResult[]>>();
    const keyOf = (data: DataSet, key: string) => `${data.scale.label} ${key}`;
    for (const connections of CONNECTIONS) {
      for (let repeat = 0; repeat < REPEATS; repeat++) {
        log(`throughput at ${connections} connections, round ${repeat + 1} of ${REPEATS}`);
        // A B A B: every page once per round, in an order that alternates between rounds.
        for (const { data, key, target } of repeat % 2 === 0 ? rounds : [...rounds].reverse()) {
          const result = await runLoad(target, { connections, seconds: SECONDS });
          const entry = throughput.get(keyOf(data, key)) ?? { 16: [], 64: [] };
          entry[connections]!.push(result);
          throughput.set(keyOf(data, key), entry);
        }
      }
    }

    // Latency at a fixed rate: half of the page's own saturation (16 connections) at S, the same rate at L.
    const rates = new Map<PageKey, number>();
    for (const key of PAGE_KEYS) rates.set(key, Math.max(1, Math.round(median(throughput.get(keyOf(sets[0]!, key))![16]!.map((r) => r.requestsPerSecond)) / 2)));
    // Medians of 3 runs, alternated like the closed-loop ones: one run's p99 is a handful of requests, and a
    // moment of this shared machine's slowness would otherwise decide it.
    const fixedRuns = new Map<string, FixedRateResult[]>();
    for (let repeat = 0; repeat < REPEATS; repeat++) {
      log(`latency at a fixed rate, round ${repeat + 1} of ${REPEATS}`);
      for (const { data, key, target } of repeat % 2 === 0 ? rounds : [...rounds].reverse()) {
        const runs = fixedRuns.get(keyOf(data, key)) ?? [];
        runs.push(await runFixedRate(target, { rate: rates.get(key)!, seconds: SECONDS }));
        fixedRuns.set(keyOf(data, key), runs);
      }
    }
    const fixed = new Map([...fixedRuns].map(([key, runs]) => [key, {
      p50: median(runs.map((run) => run.p50)),
      p99: median(runs.map((run) => run.p99)),
      failures: runs.reduce((sum, run) => sum + run.failures, 0),
    }]));

    // The action's runs are pooled: 40 reports a run would make its p99 the slowest one.
    const actionRuns = new Map<DataSet, ActionRun[]>(sets.map((data) => [data, []]));
    for (let repeat = 0; repeat < REPEATS; repeat++) {
      for (const data of repeat % 2 === 0 ? sets : [...sets].reverse()) {
        log(`${data.scale.label}: server action at ${ACTION_RATE}/s, run ${repeat + 1} of ${REPEATS}`);
        actionRuns.get(data)!.push(await actionAtFixedRate(data, timed.get(data)!.next, actionId, 100 + repeat * ACTION_RATE * SECONDS));
      }
    }
    const actions = new Map([...actionRuns].map(([data, runs]) => {
      const times = runs.flatMap((run) => run.times).sort((a, b) => a - b);
      const sum = (field: 'cpuSeconds' | 'count' | 'failures') => runs.reduce((total, run) => total + run[field], 0);
      return [data, { p50: percentile(times, 0.5), p99: percentile(times, 0.99), cpuMs: (sum('cpuSeconds') * 1000) / sum('count'), failures: sum('failures') }];
    }));

    const figures: ScaleFigures[] = sets.map((data) => {
      const counts = counted.get(data)!;
      const pages: PageFigures[] = PAGE_KEYS.map((key) => {
        const runs = throughput.get(keyOf(data, key))!;
        const at = fixed.get(keyOf(data, key))!;
        const failures = [...runs[16]!, ...runs[64]!, at].reduce((sum, run) => sum + run.failures, 0);
        return {
          key,
          rps16: median(runs[16]!.map((r) => r.requestsPerSecond)),
          rps64: median(runs[64]!.map((r) => r.requestsPerSecond)),
          rate: rates.get(key)!,
          p50: at.p50,
          p99: at.p99,
          cpuMs: median(runs[16]!.map((r) => r.cpuMsPerRequest)),
          statements: counts[key]!.statements,
          bytes: counts[key]!.bytes,
          jsGzip: counts[key]!.jsGzip,
          failures,
        };
      });
      const action = actions.get(data)!;
      return {
        scale: data.scale,
        pages,
        action: { ...action, statements: counts.action!.statements, rate: ACTION_RATE },
        rss: { next: rssMiB(timed.get(data)!.next.pid), limit: rssMiB(timed.get(data)!.limit.pid) },
      };
    });
    const passed = printReport(figures, { seconds: SECONDS, repeats: REPEATS, quick: QUICK });
    if (!passed) process.exitCode = 1;
  } finally {
    await closePools();
    for (const server of running) await stop(server);
    for (const data of sets) {
      if (KEEP) log(`kept database ${data.name}`);
      else await withClient(admin, (client) => client.query(`DROP DATABASE IF EXISTS "${data.name}" WITH (FORCE)`));
    }
  }
}

/** One action run's raw figures: each report's milliseconds (send to full answer) and the server's CPU. */
interface ActionRun { times: number[]; cpuSeconds: number; count: number; failures: number }

/**
 * One run of progress reports one after another at a fixed rate (round robin over the unit's tasks, from
 * the `firstIndex`-th), each timed from its send: closed loop, which at 5/s against ~35 ms a report never
 * queues.
 */
async function actionAtFixedRate(data: DataSet, next: Server, actionId: string, firstIndex: number): Promise<ActionRun> {
  const count = ACTION_RATE * SECONDS;
  const times: number[] = [];
  let cpu = 0;
  let failures = 0;
  // Let the server finish what the load runs left queued before timing single requests.
  await waitForIdle(next.pid);
  for (let index = 0; index < count; index++) {
    const due = performance.now() + 1000 / ACTION_RATE;
    const cpuBefore = cpuSeconds(next.pid);
    try {
      times.push(await postProgressReport(next.base, data, actionId, firstIndex + index));
    } catch (error) {
      failures++;
      if (failures === 1) log(`progress report refused: ${String(error).slice(0, 400)}`);
    }
    cpu += cpuSeconds(next.pid) - cpuBefore;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  if (times.length === 0) throw new Error(`${data.scale.label}: not one of ${count} progress reports was saved; nothing to time.`);
  return { times, cpuSeconds: cpu, count, failures };
}

await main();
