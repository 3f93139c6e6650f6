// The per-file setup of integration tests: a database cloned from the run's migrated and seeded demo
// template, made the app's database (lib/env.ts reads DATABASE_URL on first use), and the demo users
// as actors. One place, so every test file starts and cleans up the same way.
import { loadActor, type Actor } from '../../lib/auth/load-actor.ts';
import { createDatabaseClient, type Database } from '../../lib/db/create-client.ts';
import { createTestDatabase } from './test-database.ts';

export interface DemoDatabase {
  url: string;
  /** A client of the test's own, beside the app's `db()`: for arranging data and checking rows. */
  database: Database;
  /** The signed-in actor of a demo (or test-made) username, as the app would load it. */
  actorFor(username: string): Promise<Actor>;
  /** Disconnects both clients and drops the clone. */
  close(): Promise<void>;
}

export async function openDemoDatabase(): Promise<DemoDatabase> {
  const testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  process.env.DATABASE_POOL_MAX = '1';
  const database = createDatabaseClient({ connectionString: testDb.url, poolMax: 1 });
  return {
    url: testDb.url,
    database,
    async actorFor(username) {
      const user = await database.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
      const actor = await loadActor(user.id);
      if (!actor) throw new Error(`${username} is not active`);
      return actor;
    },
    async close() {
      await database.$disconnect();
      const { db } = await import('../../lib/db/client.ts');
      await db().$disconnect();
      await testDb.drop();
    },
  };
}
