// Crash: PostgreSQL itself stops at once (`pg_ctl stop -m immediate`, no checkpoint: as in a power cut
// or an OOM kill) in the middle of the app's multi-row writes, then starts again. Each write is whole
// or absent after recovery, and the app's own client (lib/db/client.ts, the same instance, no restart)
// answers errors while the server is down — quickly, not hanging — and serves again by itself within
// seconds of the restart. Runs on a private cluster (private-postgres.ts), never the machine's server.
// The stop moments come from a seed printed at the start; CRASH_SEED=<n> replays its choices.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadActor, type Actor } from '../../../lib/auth/load-actor.ts';
import { db as appDb } from '../../../lib/db/client.ts';
import { createDatabaseClient, type Database } from '../../../lib/db/create-client.ts';
import { withClient } from '../../../lib/db/with-client.ts';
import { migrateAndSeed } from '../../../scripts/lib/test-databases.ts';
import { checkConclusionRounds, checkImports, findLeftoverLocks, importMembers, prepareConclusionRounds, publishAndAssign, type ConclusionFixture } from './crash-writes.ts';
import { startPrivateCluster, type PrivateCluster } from './private-postgres.ts';

const STOPS = 4;
/** The app's default pool size: several connections, so idle ones are broken by the stop too. */
const POOL_MAX = 10;
/** The longest the app may take to serve again once the server accepts connections. */
const RECOVERY_LIMIT_MS = 5_000;

let cluster: PrivateCluster | undefined;
let checker: Database;
let secretary: Actor;
let fixture: ConclusionFixture;
const timings: string[] = [];

/** mulberry32, as in sigkill.test.ts. */
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

// A server of our own to stop needs PostgreSQL's programs (PG_BIN_DIR, default /usr/lib/postgresql/15/bin):
// the PostgreSQL test run has them; the embedded run (`npm test` with no server) reports this skipped.
describe.runIf(process.env.TEST_DB_KIND === 'postgres')('PostgreSQL stopped at once mid-write, then started again (PostgreSQL runs only)', () => {
  beforeAll(async () => {
    let started = Date.now();
    cluster = await startPrivateCluster();
    await withClient(cluster.urlOf('postgres'), (client) => client.query('CREATE DATABASE hoinghi'));
    timings.push(`cluster ${Date.now() - started} ms`);
    started = Date.now();
    await migrateAndSeed(cluster.urlOf('hoinghi'), () => undefined);
    timings.push(`migrate and seed ${Date.now() - started} ms`);
    // The app's client reads these on first use (lib/env.ts).
    process.env.DATABASE_URL = cluster.urlOf('hoinghi');
    process.env.DATABASE_POOL_MAX = String(POOL_MAX);
    checker = createDatabaseClient({ connectionString: cluster.urlOf('hoinghi'), poolMax: 1 });
    const user = await checker.user.findUniqueOrThrow({ where: { username: 'vanphong' }, select: { id: true } });
    secretary = (await loadActor(user.id))!;
    fixture = await prepareConclusionRounds(checker, 40);
  }, 180_000);

  afterAll(async () => {
    await checker?.$disconnect();
    if (process.env.DATABASE_URL === cluster?.urlOf('hoinghi')) await appDb().$disconnect();
    await cluster?.destroy();
    console.log(`[crash] PostgreSQL stop test: ${timings.join(', ')}`);
  });

  it('keeps every write whole or absent, and the same client serves again by itself', async () => {
    const seed = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
    console.log(`[crash] PostgreSQL stop test seed ${seed} (replay with CRASH_SEED=${seed})`);
    const next = random(seed);
    const begunImports: string[] = [];
    const doneImports = new Set<string>();
    const begunRounds: number[] = [];
    const doneRounds = new Set<number>();
    let round = 0;

    /** One write of the kind the cycle tests, through the app's client; tagged before it starts. */
    const write = async (kind: 'import' | 'conclusion', tag: string) => {
      if (kind === 'import') {
        begunImports.push(tag);
        await importMembers(secretary, tag);
        doneImports.add(tag);
      } else {
        const index = round++;
        begunRounds.push(index);
        await publishAndAssign(appDb(), secretary, fixture, index);
        doneRounds.add(index);
      }
    };

    // One write of each kind first: the app warmed up, and how long a write takes here.
    const length = { import: 0, conclusion: 0 };
    for (const kind of ['import', 'conclusion'] as const) {
      const started = performance.now();
      await write(kind, 'warm');
      length[kind] = performance.now() - started;
    }
    timings.push(`an import ${Math.round(length.import)} ms, a conclusion round ${Math.round(length.conclusion)} ms`);

    for (let stop = 0; stop < STOPS; stop++) {
      const kind = stop % 2 === 0 ? 'import' : 'conclusion';
      // Several connections open and idle in the pool, as in a server that has been serving.
      await Promise.all(Array.from({ length: 4 }, () => appDb().$queryRaw`SELECT pg_sleep(0.05)::text`));

      // Writes one after the other until one fails; the server stops at a random moment inside the first or second.
      let failure: unknown;
      const writing = (async () => {
        for (let n = 0; ; n++) {
          try {
            await write(kind, `s${stop}w${n}`);
          } catch (error) {
            failure = error;
            return;
          }
        }
      })();
      await new Promise((resolve) => setTimeout(resolve, next() * 1.5 * length[kind]));
      const stopped = performance.now();
      await cluster!.stop('immediate');
      await writing;
      expect(failure, 'the write under way when the server stopped').toBeInstanceOf(Error);

      // While the server is down, the app answers an error, and soon (no hanging request).
      const asked = performance.now();
      await expect(appDb().$queryRaw`SELECT 1`).rejects.toThrow();
      expect(performance.now() - asked).toBeLessThan(RECOVERY_LIMIT_MS);

      await cluster!.start();
      const restarted = performance.now();
      // The same client, no restart: it serves again once its broken connections are gone.
      let served = false;
      while (!served && performance.now() - restarted < RECOVERY_LIMIT_MS) {
        served = await appDb().$queryRaw`SELECT 1`.then(() => true, () => false);
        if (!served) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const recovered = performance.now();
      expect(served, `the app's client serves again within ${RECOVERY_LIMIT_MS} ms of the restart`).toBe(true);
      await write(kind, `s${stop}after`);
      timings.push(`stop ${stop} (${kind}): down ${Math.round(restarted - stopped)} ms, serving ${Math.round(recovered - restarted)} ms after the restart`);
    }

    const imports = await checkImports(checker, begunImports);
    const rounds = await checkConclusionRounds(checker, fixture, begunRounds);
    console.log(`[crash] PostgreSQL stopped ${STOPS} times: imports begun ${begunImports.length}: ${imports.complete} whole, ${imports.absent} absent; `
      + `conclusion rounds begun ${begunRounds.length}: ${rounds.complete} whole, ${rounds.absent} absent`);
    expect(imports.broken).toEqual([]);
    expect(rounds.broken).toEqual([]);
    expect(await checkImports(checker, [...doneImports])).toMatchObject({ complete: doneImports.size });
    expect(await checkConclusionRounds(checker, fixture, [...doneRounds])).toMatchObject({ complete: doneRounds.size });
    expect(await findLeftoverLocks(checker, fixture.conferenceIds)).toEqual([]);
  }, 120_000);
});
