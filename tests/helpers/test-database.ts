// A database of its own for an integration test file, cloned from the run's template (migrated and
// seeded once by scripts/test.ts). Use ONE connection to it (poolMax 1): on the embedded kind it is a
// PGlite server, see lib/db/embedded-server.ts.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { readDump, startEmbeddedPostgres } from '../../lib/db/embedded-server.ts';
import { withClient } from '../../lib/db/with-client.ts';

export interface TestDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const kind = requiredEnv('TEST_DB_KIND');
  if (kind === 'postgres') return clonePostgresTemplate(requiredEnv('TEST_TEMPLATE_URL'));
  if (kind === 'embedded') return cloneEmbeddedTemplate(requiredEnv('TEST_TEMPLATE_DUMP'));
  throw new Error(`TEST_DB_KIND must be "postgres" or "embedded", not "${kind}"`);
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run integration tests through \`npm test\` (e.g. \`npm test -- --only integration\`), which prepares the template database.`);
  }
  return value;
}

/** CREATE DATABASE … TEMPLATE: a file-level copy, milliseconds for our size. */
async function clonePostgresTemplate(templateUrl: string): Promise<TestDatabase> {
  const template = new URL(templateUrl);
  const templateName = decodeURIComponent(template.pathname.slice(1));
  // Named after the template, so scripts/test.ts drops clones a crashed worker left behind.
  const name = `${templateName}_c${randomBytes(4).toString('hex')}`;
  const admin = new URL(templateUrl);
  admin.pathname = '/postgres';
  await createFromTemplate(admin.toString(), name, templateName);
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(admin.toString(), `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`),
  };
}

async function createFromTemplate(adminUrl: string, name: string, templateName: string): Promise<void> {
  const sql = `CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(templateName)}`;
  // Clones made at the same moment by parallel workers can collide on the template ("source database
  // is being accessed by other users", 55006): that is transient, so retry briefly.
  for (let attempt = 1; ; attempt++) {
    try {
      return await adminQuery(adminUrl, sql);
    } catch (error) {
      if (!(error instanceof pg.DatabaseError && error.code === '55006') || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  await withClient(adminUrl, (client) => client.query(sql));
}

// Read once per worker process; each clone is a new in-memory PGlite started from it (about 1.5–2 s,
// against 6–10 s for a fresh initdb).
let dump: Promise<Blob> | undefined;

async function cloneEmbeddedTemplate(dumpFile: string): Promise<TestDatabase> {
  dump ??= readDump(dumpFile);
  const server = await startEmbeddedPostgres({ loadDataDir: await dump });
  return { url: server.url, drop: server.stop };
}
