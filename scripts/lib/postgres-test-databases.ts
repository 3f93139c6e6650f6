// Test databases on a local PostgreSQL server (TEST_DATABASE_URL or DATABASE_URL).
// Template and clones as in epic-stack's tests/setup/global-setup.ts: CREATE DATABASE … TEMPLATE.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { assertLocalDatabaseUrl } from './local-database-url.ts';
import { once } from './once.ts';
import { migrateAndSeed, type TestDatabases } from './test-databases.ts';
import { withClient } from '../../lib/db/with-client.ts';

const PREFIX = 'hoinghi_test_';
/** Databases of runs that were killed before their cleanup; older than this, nobody is using them. */
const STALE_AFTER_SECONDS = 24 * 60 * 60;

export async function preparePostgresTestDatabases(serverUrl: string, variable: string, log: (line: string) => void): Promise<TestDatabases> {
  assertLocalDatabaseUrl(serverUrl, variable);
  const now = Math.floor(Date.now() / 1000);
  const template = `${PREFIX}${now}_${randomBytes(3).toString('hex')}`;
  const urlOf = (database: string) => {
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    return url.toString();
  };

  await dropStaleDatabases(serverUrl, now, log);
  await query(serverUrl, `CREATE DATABASE ${pg.escapeIdentifier(template)}`);
  const cleanup = once(() => dropDatabasesStartingWith(serverUrl, template));
  try {
    await migrateAndSeed(urlOf(template), log);
    await waitUntilNobodyIsConnected(serverUrl, template);
    // Nobody connects to the template again: CREATE DATABASE … TEMPLATE fails while anyone is.
    await query(serverUrl, `ALTER DATABASE ${pg.escapeIdentifier(template)} ALLOW_CONNECTIONS false`);
  } catch (error) {
    await cleanup();
    throw error;
  }

  return {
    kind: 'postgres',
    description: `PostgreSQL at ${new URL(serverUrl).host}, template ${template}`,
    testEnv: { TEST_DB_KIND: 'postgres', TEST_TEMPLATE_URL: urlOf(template), TEST_DATABASE_URL: serverUrl },
    createE2eDatabase: async () => {
      const name = `${template}_e2e`;
      await query(serverUrl, `CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(template)}`);
      return { url: urlOf(name), poolMax: 5 };
    },
    cleanup,
  };
}

async function dropStaleDatabases(serverUrl: string, now: number, log: (line: string) => void): Promise<void> {
  const names = await databasesStartingWith(serverUrl, PREFIX);
  for (const name of names) {
    const createdAt = Number(name.slice(PREFIX.length).split('_')[0]);
    if (Number.isFinite(createdAt) && now - createdAt > STALE_AFTER_SECONDS) {
      log(`dropping ${name}, left by an interrupted run`);
      await query(serverUrl, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    }
  }
}

async function dropDatabasesStartingWith(serverUrl: string, prefix: string): Promise<void> {
  for (const name of await databasesStartingWith(serverUrl, prefix)) {
    await query(serverUrl, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  }
}

async function databasesStartingWith(serverUrl: string, prefix: string): Promise<string[]> {
  return withClient(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [prefix]);
    return rows.map((row) => row.datname);
  });
}

/** A closed client's backend lingers for a moment after `end()`; wait for it to go. */
async function waitUntilNobodyIsConnected(serverUrl: string, database: string): Promise<void> {
  await withClient(serverUrl, async (client) => {
    for (let waited = 0; waited < 10_000; waited += 100) {
      const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [database]);
      if (rows[0]?.n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`Something is still connected to the template database ${database} after 10 s.`);
  });
}

async function query(serverUrl: string, sql: string): Promise<void> {
  await withClient(serverUrl, (client) => client.query(sql));
}
