// Issue 7's hostile input: every server action of the permission matrix, called by the demo admin and
// secretary (who may call it, in their own organisation) with generated malformed forms, and every
// route under app/api with hostile path segments, query strings and headers. Nothing may throw (a 500),
// log an unexpected error, or show a stack trace or a database message; a form the action's schema
// refuses must change no row; unknown extra fields must leave no trace in any row.
//
// `npm test` runs HOSTILE_CASES (24) cases per action and route; `npm run test:hostile` runs 1,000.
// The seed is printed; HOSTILE_SEED=<seed> replays a run.
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadActor } from '../../lib/auth/load-actor.ts';
import { can } from '../../lib/auth/permissions.ts';
import type { Database } from '../../lib/db/create-client.ts';
import { vi as messages } from '../../lib/i18n/messages/vi.ts';
import type { ActionState } from '../../lib/schemas/action-state.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';
import { readActionInput, type ActionInput } from './hostile-input/action-input.ts';
import { describeEntries, describeValue, hostileCalls, hostileRequests, SENTINELS, type FormEntry, type HostileCall, type HostileRequest } from './hostile-input/generator.ts';
import { ACTION_MATRIX } from './permission-matrix/action-matrix.ts';
import { buildForeignWorld, type ForeignWorld } from './permission-matrix/foreign-world.ts';
import { fingerprint as fingerprintTables, LEAK_PATTERN, loadAction, loadRoute, type Action, type FormFields } from './permission-matrix/harness.ts';
import { ROUTE_MATRIX } from './permission-matrix/route-matrix.ts';

// Who calls, and the request's cookies and headers, as the app reads them (next-auth and next/headers).
const request = vi.hoisted(() => ({ userId: null as string | null, cookies: new Map<string, string>(), headers: new Headers() }));
vi.mock('../../lib/auth/session.ts', () => ({
  getActor: async () => (request.userId ? loadActor(request.userId) : null),
  requireUser: async () => {
    throw new Error('pages are not called here');
  },
}));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined) }),
  headers: async () => request.headers,
}));
// Outside a request there is no cache to revalidate nor client router to refresh.
vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
  refresh: () => undefined,
}));

const CASES = Number(process.env.HOSTILE_CASES ?? 24);
const SEED = Number(process.env.HOSTILE_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** Calls between two fingerprints of the database; a batch that changed something is replayed call by call. */
const BATCH = 50;
/** Prints a line per action and route: in the long run, or whenever HOSTILE_CASES is given. */
const VERBOSE = process.env.HOSTILE_CASES !== undefined;
const TIMEOUT = Math.max(60_000, CASES * 600);

let demo: DemoDatabase;
let database: Database;
let home: ForeignWorld;
let otherOrganizationId = '';
const users = { admin: '', secretary: '', attendee: '' };
const fingerprint = () => fingerprintTables(database);

/** The same cases for the same seed and key, whatever other actions are added. */
function seedFor(key: string): number {
  let hash = SEED | 0;
  for (const char of key) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

function entriesOf(fields: FormFields): FormEntry[] {
  return Object.entries(fields).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((one) => [name, one] as const));
}

function formOf(entries: readonly FormEntry[]): FormData {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}

type Outcome = { kind: 'state'; state: ActionState } | { kind: 'redirect' } | { kind: 'notFound' } | { kind: 'thrown'; error: unknown };

/**
 * A message may quote a record the user wrote, in the app's curly quotes (“the plan's title”): an earlier
 * hostile call may have stored `1; SELECT pg_sleep(5)` as a title, and the duplicate-number message names
 * that plan. What the user wrote is not a leak; what the app or the database says around it still is.
 */
const withoutQuotedRecords = (text: string) => text.replace(/“[^”]*”/g, '“…”');

const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
afterEach(() => consoleError.mockClear());

/** Calls the action; returns what it answered and what is wrong with that answer. */
async function call(action: Action, hostile: HostileCall, refusedBySchema: boolean): Promise<{ outcome: Outcome; problems: string[] }> {
  request.userId = users[hostile.actor];
  request.cookies = new Map();
  request.headers = new Headers();
  consoleError.mockClear();
  let outcome: Outcome;
  try {
    outcome = { kind: 'state', state: await action({ status: 'idle' }, formOf(hostile.entries)) };
  } catch (error) {
    const digest = (error as { digest?: unknown } | null)?.digest;
    // redirect() on success, notFound() on a missing record: both answers, not failures.
    outcome = typeof digest !== 'string' ? { kind: 'thrown', error }
      : digest.startsWith('NEXT_REDIRECT') ? { kind: 'redirect' }
      : digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;404') ? { kind: 'notFound' }
      : { kind: 'thrown', error };
  }
  const problems: string[] = [];
  if (outcome.kind === 'thrown') problems.push(`threw (a 500): ${outcome.error instanceof Error ? `${outcome.error.name}: ${outcome.error.message.slice(0, 300)}` : String(outcome.error)}`);
  if (consoleError.mock.calls.length > 0) problems.push(`logged an error: ${consoleError.mock.calls.map((args) => args.map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message.slice(0, 300)}` : String(arg).slice(0, 300))).join(' ')).join(' | ')}`);
  if (outcome.kind === 'state' && outcome.state.status === 'error') {
    const { message, fieldErrors } = outcome.state;
    if (message === messages.errors.unexpected) problems.push('answered "unexpected error" (a bug behind it)');
    for (const text of [message, ...Object.values(fieldErrors)]) if (LEAK_PATTERN.test(withoutQuotedRecords(text))) problems.push(`leaks: ${describeValue(text)}`);
  }
  if (refusedBySchema && !(outcome.kind === 'state' && outcome.state.status === 'error' && outcome.state.message === messages.errors.invalidInput)) {
    problems.push(`its schema refuses the form, but the action answered ${outcome.kind === 'state' ? JSON.stringify(outcome.state).slice(0, 200) : outcome.kind}`);
  }
  return { outcome, problems };
}

/** Rows of every table (but the audit log) whose text holds each sentinel of the extra fields. */
async function sentinelCounts(): Promise<Record<string, number>> {
  const sentinels = { ...SENTINELS, role: 'ADMIN', organization: otherOrganizationId };
  const tables = await database.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('AuditLog', '_prisma_migrations') ORDER BY tablename`;
  const sums = Object.entries(sentinels).map(([name, value]) =>
    `(${tables.map((table) => `(SELECT count(*) FROM "${table.name}" t WHERE t::text LIKE '%${value}%')`).join(' + ')})::int AS "${name}"`);
  const [row] = await database.$queryRawUnsafe<Record<string, number>[]>(`SELECT ${sums.join(', ')}`);
  return row!;
}

const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)} s`;
const nonDeniedAuditRows = () => database.auditLog.count({ where: { outcome: { not: 'DENIED' } } });

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
  for (const [key, username] of [['admin', 'quantri'], ['secretary', 'vanphong'], ['attendee', 'daibieu']] as const) {
    users[key] = (await database.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;
  }
  // The permission matrix's records, built in a new cell of the demo department: there the admin and
  // secretary may act, and the cell has nothing yet that the records could clash with (its own term …).
  const department = await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUSLĐTBXH' }, select: { id: true } });
  await database.organization.create({ data: { name: 'Chi bộ Thử nghiệm dữ liệu xấu', kind: 'CELL', parentId: department.id, symbol: 'CBTN' } });
  home = await buildForeignWorld(database, 'CBTN');
  otherOrganizationId = (await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUK' }, select: { id: true } })).id;
  console.log(`[hostile] ${CASES} cases per action and route, seed ${SEED} (HOSTILE_SEED=${SEED} replays them)`);
});

afterAll(async () => {
  await demo?.close();
});

describe('hostile input to the server actions', () => {
  for (const [key, row] of Object.entries(ACTION_MATRIX)) {
    it(`${key}: hostile forms from the admin and the secretary are refused plainly and change nothing`, async () => {
      const action = await loadAction(key);
      const oracle: ActionInput = await readActionInput(key);
      const base = entriesOf(row.outOfScope?.(home) ?? {});
      // Those who may call it, so that what refuses a form is its validation, not the permission.
      const actors = (['admin', 'secretary'] as const).filter((who) => can([who === 'admin' ? 'ADMIN' : 'SECRETARY'], row.permission));
      expect(actors, `neither the admin nor the secretary may call ${key}`).not.toEqual([]);
      const clock = { started: performance.now(), checks: 0 };
      const cases = fc.sample(hostileCalls(base, otherOrganizationId, actors), { seed: seedFor(key), numRuns: CASES }).map((hostile) => {
        const parsed = oracle.schema.safeParse(oracle.input(formOf(hostile.entries)));
        return { hostile, refusedBySchema: !parsed.success };
      });
      const generated = performance.now();
      const baseParsed = oracle.schema.safeParse(oracle.input(formOf(base)));
      const baseNote = baseParsed.success ? 'its well-formed call passes the schema' : `its well-formed call does not pass the schema (${baseParsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ').slice(0, 200)}), so every case is refused`;
      const failures: string[] = [];
      const report = (hostile: HostileCall, problem: string) => failures.push(`[${hostile.actor}, ${hostile.kind}] ${describeEntries(hostile.entries)}\n    → ${problem}`);
      let written = 0;

      // Forms the schema refuses: a refusal each, and not a row changed (nor a non-DENIED audit row).
      const refused = cases.filter((entry) => entry.refusedBySchema).map((entry) => entry.hostile);
      for (let start = 0; start < refused.length; start += BATCH) {
        const batch = refused.slice(start, start + BATCH);
        let checking = performance.now();
        const before = await fingerprint();
        const auditBefore = await nonDeniedAuditRows();
        clock.checks += performance.now() - checking;
        for (const hostile of batch) for (const problem of (await call(action, hostile, true)).problems) report(hostile, problem);
        checking = performance.now();
        const unchanged = JSON.stringify(await fingerprint()) === JSON.stringify(before) && (await nonDeniedAuditRows()) === auditBefore;
        clock.checks += performance.now() - checking;
        if (unchanged) continue;
        // Something was written: replay the batch call by call to name the form that wrote.
        let named = false;
        for (const hostile of batch) {
          const one = await fingerprint();
          await call(action, hostile, true);
          if (JSON.stringify(await fingerprint()) !== JSON.stringify(one)) {
            report(hostile, 'its schema refuses it, yet rows changed');
            named = true;
          }
        }
        if (!named) failures.push(`a batch of ${batch.length} refused forms changed rows or wrote a non-DENIED audit row; replayed one by one, none did again (seed ${SEED})`);
      }

      // Forms the schema accepts (hostile text that is still text, or extra fields): the action may
      // write, but must answer, and the extra fields' values must appear in no row.
      const accepted = cases.filter((entry) => !entry.refusedBySchema).map((entry) => entry.hostile);
      const byKind = [accepted.filter((hostile) => hostile.kind === 'mutated'), accepted.filter((hostile) => hostile.kind === 'extra')] as const;
      for (const hostile of byKind[0]) {
        const { outcome, problems } = await call(action, hostile, false);
        for (const problem of problems) report(hostile, problem);
        if (outcome.kind === 'redirect' || (outcome.kind === 'state' && outcome.state.status !== 'error')) written++;
      }
      for (let start = 0; start < byKind[1].length; start += BATCH) {
        const batch = byKind[1].slice(start, start + BATCH);
        let checking = performance.now();
        const before = await sentinelCounts();
        clock.checks += performance.now() - checking;
        for (const hostile of batch) {
          const { outcome, problems } = await call(action, hostile, false);
          for (const problem of problems) report(hostile, problem);
          if (outcome.kind === 'redirect' || (outcome.kind === 'state' && outcome.state.status !== 'error')) written++;
        }
        checking = performance.now();
        const after = await sentinelCounts();
        clock.checks += performance.now() - checking;
        if (JSON.stringify(after) === JSON.stringify(before)) continue;
        let named = false;
        for (const hostile of batch) {
          const one = await sentinelCounts();
          await call(action, hostile, false);
          const now = await sentinelCounts();
          if (JSON.stringify(now) !== JSON.stringify(one)) {
            report(hostile, `an extra field reached a row: ${JSON.stringify(one)} → ${JSON.stringify(now)}`);
            named = true;
          }
        }
        if (!named) failures.push(`a batch of extra-field calls left a sentinel in a row (${JSON.stringify(before)} → ${JSON.stringify(after)}); replayed one by one, none did again (seed ${SEED})`);
      }

      if (VERBOSE || failures.length > 0) {
        console.log(`[hostile] ${key}: ${cases.length} cases, ${refused.length} refused by the schema, ${byKind[0].length} hostile but accepted by it, ${byKind[1].length} well-formed with extra fields; ${written} written; ${seconds(generated - clock.started)} generating, ${seconds(performance.now() - generated - clock.checks)} calling, ${seconds(clock.checks)} checking the tables; ${baseNote}`);
      }
      expect(failures, `${failures.length} hostile forms misbehaved (seed ${SEED}); the first ones:\n${failures.slice(0, 10).join('\n')}`).toEqual([]);
    }, TIMEOUT);
  }
});

describe('hostile requests to the routes', () => {
  for (const [key, row] of Object.entries(ROUTE_MATRIX)) {
    it(`${key}: hostile segments, queries and headers never answer 5xx nor leak, and change nothing`, async () => {
      const handler = await loadRoute(key);
      const base = row.outOfScope(home);
      const requests = fc.sample(hostileRequests(base.params), { seed: seedFor(key), numRuns: CASES });
      const failures: string[] = [];
      const statuses = new Map<number, number>();
      for (let start = 0; start < requests.length; start += BATCH) {
        const before = await fingerprint();
        for (const hostile of requests.slice(start, start + BATCH)) {
          const { url, problem } = await send(handler, base, hostile, statuses);
          if (problem) failures.push(`[${hostile.actor ?? 'anonymous'}] ${url.slice(0, 300)} headers ${JSON.stringify(hostile.headers).slice(0, 300)}\n    → ${problem}`);
        }
        if (JSON.stringify(await fingerprint()) !== JSON.stringify(before)) failures.push(`a batch of requests changed rows (seed ${SEED})`);
      }
      if (VERBOSE || failures.length > 0) console.log(`[hostile] ${key}: ${requests.length} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
      expect(failures, `${failures.length} hostile requests misbehaved (seed ${SEED}); the first ones:\n${failures.slice(0, 10).join('\n')}`).toEqual([]);
    }, TIMEOUT);
  }
});

async function send(
  handler: Awaited<ReturnType<typeof loadRoute>>,
  base: { url: string; params: Record<string, string> },
  hostile: HostileRequest,
  statuses: Map<number, number>,
): Promise<{ url: string; problem?: string }> {
  const url = new URL(base.url);
  // A segment as the browser would send it; the handler gets it decoded, as Next hands it over.
  for (const [name, value] of Object.entries(hostile.params)) {
    url.pathname = url.pathname.replace(`/${encodeURIComponent(base.params[name]!)}`, `/${encodeURIComponent(Buffer.from(value).toString())}`);
  }
  for (const [name, value] of hostile.query) url.searchParams.append(name, value);
  if (hostile.rawQuery) url.search = `${url.search}${url.search ? '&' : '?'}${hostile.rawQuery}`;
  const headers = new Headers();
  for (const [name, value] of hostile.headers) {
    try {
      headers.append(name, value);
    } catch {
      // Not a header value HTTP can carry: it cannot reach the route.
    }
  }
  request.userId = hostile.actor ? users[hostile.actor] : null;
  request.headers = headers;
  request.cookies = new Map(
    (headers.get('cookie') ?? '').split(';').map((pair) => pair.trim().split('=')).filter((pair) => pair.length >= 2).map(([name, ...rest]) => [name!, rest.join('=')]),
  );
  consoleError.mockClear();
  let response: Response;
  try {
    response = await handler(new Request(url, { headers }), { params: Promise.resolve(hostile.params) });
  } catch (error) {
    return { url: url.href, problem: `threw (a 500): ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 300)}` : String(error)}` };
  }
  statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  const body = await response.text();
  if (response.status >= 500) return { url: url.href, problem: `answered ${response.status}: ${describeValue(body)}` };
  if (response.status >= 400 && LEAK_PATTERN.test(body)) return { url: url.href, problem: `leaks: ${describeValue(body)}` };
  if (consoleError.mock.calls.length > 0) return { url: url.href, problem: `logged an error: ${String(consoleError.mock.calls[0]?.[0]).slice(0, 300)}` };
  return { url: url.href };
}
