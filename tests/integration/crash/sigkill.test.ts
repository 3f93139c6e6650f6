// Crash: the server process is killed outright (SIGKILL) at random moments while it makes multi-row
// writes — a member import of 200 rows, and a conclusion round (publishing a conference's drafts, then
// a task with its co-owners from one of them) — 50 times. Afterwards every write is all there or not
// there at all, and nothing the dead processes held (a transaction, row locks) is left behind.
// The random delays come from a seed printed at the start; CRASH_SEED=<n> replays its choices.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoDatabase, type DemoDatabase } from '../../helpers/demo-database.ts';
import type { CrashJob } from './crash-writer.ts';
import { checkConclusionRounds, checkImports, findLeftoverLocks, prepareConclusionRounds, type ConclusionFixture } from './crash-writes.ts';

const KILLS = 50;
/**
 * A kill comes at a random moment from the start of a writer's first write up to this many times that
 * write's usual length (so now and then in its second write). The usual length is measured as the
 * test goes (the first writer of each kind runs its first write to the end), so the kills land inside
 * writes on a fast machine and a slow one alike.
 */
const KILL_WINDOW = 1.3;
/** Writes one child is given; it is killed long before it gets through them (or says `finished`). */
const WRITES_PER_CHILD = 6;
const CONFERENCES = (KILLS / 2) * WRITES_PER_CHILD;
const WRITER = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Inside the project, so the bundle's imports of packages resolve to node_modules. */
const BUNDLE = path.join(ROOT, 'node_modules', '.cache', 'crash-tests', `writer-${process.pid}-${randomBytes(3).toString('hex')}.mjs`);

let demo: DemoDatabase;
let secretaryId: string;
let fixture: ConclusionFixture;

beforeAll(async () => {
  await build({ entryPoints: [WRITER], outfile: BUNDLE, bundle: true, packages: 'external', platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
  demo = await openDemoDatabase();
  secretaryId = (await demo.database.user.findUniqueOrThrow({ where: { username: 'vanphong' }, select: { id: true } })).id;
  fixture = await prepareConclusionRounds(demo.database, CONFERENCES);
});

afterAll(async () => {
  await demo?.close();
  await rm(BUNDLE, { force: true });
});

/** mulberry32: a small seeded generator, so a failing run's choices can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Writer {
  child: ChildProcess;
  lines: string[];
  /** When each line came, ms after the start. */
  times: number[];
  stderr: string[];
  /** Resolves with the first line starting with `prefix`; rejects if the child exits first. */
  waitFor(prefix: string): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startWriter(job: CrashJob): Writer {
  const child = spawn(process.execPath, ['--conditions=react-server', BUNDLE, JSON.stringify(job)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: demo.url, DATABASE_POOL_MAX: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const times: number[] = [];
  const stderr: string[] = [];
  const waiting: { prefix: string; resolve: () => void }[] = [];
  let buffered = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      times.push(performance.now());
      for (const waiter of waiting.filter((entry) => line.startsWith(entry.prefix))) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return {
    child, lines, times, stderr, exited,
    waitFor: (prefix) => {
      if (lines.some((line) => line.startsWith(prefix))) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        waiting.push({ prefix, resolve });
        void exited.then((exit) => reject(new Error(`the writer exited (${exit.signal ?? exit.code}) before "${prefix}":\n${lines.join('\n')}\n${stderr.join('')}`)));
      });
    },
  };
}

describe('SIGKILL during multi-row writes', () => {
  it(`leaves every write whole or absent, and nothing locked, after ${KILLS} kills`, async () => {
    const seed = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
    console.log(`[crash] SIGKILL test seed ${seed} (replay with CRASH_SEED=${seed})`);
    const next = random(seed);
    const started = Date.now();

    const begun = { import: [] as string[], conclusion: [] as number[] };
    const done = { import: new Set<string>(), conclusion: new Set<number>() };
    let killedMidWrite = 0;
    const usualLength: Record<'import' | 'conclusion', number | undefined> = { import: undefined, conclusion: undefined };

    // Each writer gets writes of its own: import tags, or conferences no other writer touches.
    const jobFor = (kill: number): CrashJob => {
      const writes = Array.from({ length: WRITES_PER_CHILD }, (_, write) => write);
      if (kill % 2 === 0) return { kind: 'import', userId: secretaryId, tags: writes.map((write) => `k${kill}w${write}`) };
      return { kind: 'conclusion', userId: secretaryId, fixture, indexes: writes.map((write) => ((kill - 1) / 2) * WRITES_PER_CHILD + write) };
    };

    // The next writer loads its modules while the current one writes; it touches the database only after `go`.
    let current = startWriter(jobFor(0));
    for (let kill = 0; kill < KILLS; kill++) {
      const kind = kill % 2 === 0 ? 'import' : 'conclusion';
      await current.waitFor('ready');
      current.child.stdin!.write('go\n');
      const upcoming = kill + 1 < KILLS ? startWriter(jobFor(kill + 1)) : undefined;
      await current.waitFor('begin ');
      const length = usualLength[kind];
      if (length === undefined) await current.waitFor('done ');
      else await new Promise((resolve) => setTimeout(resolve, next() * KILL_WINDOW * length));
      current.child.kill('SIGKILL');
      const exit = await current.exited;
      expect(exit.signal, `writer ${kill} ended by itself:\n${current.stderr.join('')}`).toBe('SIGKILL');

      const tags = current.lines.filter((line) => line.startsWith('begin ')).map((line) => line.slice('begin '.length));
      const finished = new Set(current.lines.filter((line) => line.startsWith('done ')).map((line) => line.slice('done '.length)));
      if (tags.some((tag) => !finished.has(tag))) killedMidWrite++;
      const firstBegin = current.lines.findIndex((line) => line.startsWith('begin '));
      const firstDone = current.lines.findIndex((line) => line.startsWith('done '));
      if (firstDone > firstBegin) {
        const measured = current.times[firstDone]! - current.times[firstBegin]!;
        usualLength[kind] = usualLength[kind] === undefined ? measured : (usualLength[kind] + measured) / 2;
      }
      if (kind === 'import') {
        begun.import.push(...tags);
        for (const tag of finished) done.import.add(tag);
      } else {
        begun.conclusion.push(...tags.map(Number));
        for (const tag of finished) done.conclusion.add(Number(tag));
      }
      if (upcoming) current = upcoming;
    }

    const killSeconds = (Date.now() - started) / 1000;
    const imports = await checkImports(demo.database, begun.import);
    const rounds = await checkConclusionRounds(demo.database, fixture, begun.conclusion);
    const leftovers = await findLeftoverLocks(demo.database, fixture.conferenceIds);
    console.log(`[crash] ${KILLS} kills in ${killSeconds.toFixed(1)} s, ${killedMidWrite} mid-write (first writes took ~${Math.round(usualLength.import ?? 0)} ms for an import, ~${Math.round(usualLength.conclusion ?? 0)} ms for a conclusion round); imports begun ${begun.import.length}: ${imports.complete} whole, ${imports.absent} absent; `
      + `conclusion rounds begun ${begun.conclusion.length}: ${rounds.complete} whole, ${rounds.absent} absent`);

    expect(imports.broken).toEqual([]);
    expect(rounds.broken).toEqual([]);
    expect(leftovers).toEqual([]);
    // Every write the child reported done is there.
    const whole = await checkImports(demo.database, [...done.import]);
    expect(whole).toMatchObject({ complete: done.import.size, broken: [] });
    const wholeRounds = await checkConclusionRounds(demo.database, fixture, [...done.conclusion]);
    expect(wholeRounds).toMatchObject({ complete: done.conclusion.size, broken: [] });
    // The kills did land inside writes, and the writers got some writes done between them.
    expect(killedMidWrite).toBeGreaterThanOrEqual(KILLS * 0.6);
    expect(begun.import.length).toBeGreaterThanOrEqual(KILLS / 2);
    expect(begun.conclusion.length).toBeGreaterThanOrEqual(KILLS / 2);
  }, 240_000);
});
