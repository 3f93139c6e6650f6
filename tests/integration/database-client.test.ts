// The app's database client under load: when every connection of the pool is busy, a transaction waits
// its turn like any query instead of failing with Prisma's P2028 after 2 s (what `npm run bench` saw at
// 16 concurrent requests on the dashboard's counts).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDatabaseClient, type Database } from '../../lib/db/create-client.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

let demo: DemoDatabase;
let client: Database;

beforeAll(async () => {
  demo = await openDemoDatabase();
  client = createDatabaseClient({ connectionString: demo.url, poolMax: 1 });
});

afterAll(async () => {
  await client?.$disconnect();
  await demo?.close();
});

it('a transaction waits for a busy pool longer than Prisma’s default 2 s instead of failing', async () => {
  // The only connection is held for 4 s by a transaction that waits on a timer, not on the server: the
  // embedded database runs in this process, where a pg_sleep would stop this test's clock as well.
  let holding!: () => void;
  const held = new Promise<void>((resolve) => (holding = resolve));
  const busy = client.$transaction(async (transaction) => {
    await transaction.$queryRaw`SELECT 1`;
    holding();
    await new Promise((resolve) => setTimeout(resolve, 4000));
  }, { timeout: 10_000 });
  await held;
  const started = performance.now();
  const [members, tasks] = await client.$transaction([client.member.count(), client.task.count()]);
  const waited = performance.now() - started;
  await busy;
  expect(members).toBeGreaterThan(0);
  expect(tasks).toBeGreaterThan(0);
  expect(waited).toBeGreaterThan(3500);
});
