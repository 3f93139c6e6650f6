// Throwaway databases for integration tests, on any server that speaks the Postgres protocol.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { withClient } from '../../lib/db/with-client.ts';

export { startInMemoryPgliteServer, pgliteShadowDatabase, type PgliteServer } from '../../lib/db/migrate.ts';

export interface FreshDatabase {
  connectionString: string;
  /** Drops the database (or, on a single-database server, empties it again). */
  drop(): Promise<void>;
}

/** TEST_DATABASE_URL, else DATABASE_URL, else the local server: where tests create their databases. */
export function adminConnectionString(): string {
  return process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/**
 * An empty database on the server of `adminConnectionString`: `CREATE DATABASE test_<random>`, and
 * `DROP DATABASE … WITH (FORCE)` in `drop()`.
 *
 * A PGlite socket server holds exactly one database, answers every database name with it, and does not
 * really CREATE/DROP DATABASE. So we first connect to the name not created yet: a real server refuses
 * (3D000), PGlite accepts — then its one database is used, provided it holds no tables, and `drop()`
 * empties the `public` schema again.
 */
export async function freshDatabase(adminConnectionString: string): Promise<FreshDatabase> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  const url = new URL(adminConnectionString);
  url.pathname = `/${name}`;
  const connectionString = url.toString();

  const singleDatabase = await withClient(connectionString, async () => true).catch((error: unknown) => {
    if (error instanceof pg.DatabaseError && error.code === '3D000') return false;
    throw error;
  });

  if (singleDatabase) {
    const tables = await withClient(connectionString, async (client) => {
      const result = await client.query<{ count: string }>(
        "SELECT count(*) AS count FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
      );
      return Number(result.rows[0]?.count ?? 0);
    });
    if (tables > 0) throw new Error(`${url.host} serves a single database, and it is not empty (${tables} tables)`);
    return {
      connectionString,
      drop: () => withClient(connectionString, async (client) => void (await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public'))),
    };
  }

  await withClient(adminConnectionString, (client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    connectionString,
    drop: () => withClient(adminConnectionString, async (client) => void (await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))),
  };
}
