// `npm run db:reset`: empties the database and loads the demo again, as on a first start.
// With DATABASE_URL: that database (local servers only). Without: the embedded one in .data/pglite,
// which must not be in use (its lock refuses a running `npm start`).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertLocalDatabaseUrl } from './lib/local-database-url.ts';
import { spawnEmbeddedDb } from './lib/spawn-embedded-db.ts';
import { migrateAndSeed } from './lib/test-databases.ts';
import { withClient } from '../lib/db/with-client.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const log = (line: string) => console.log(`[reset] ${line}`);

async function emptyPublicSchema(connectionString: string): Promise<void> {
  await withClient(connectionString, (client) => client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;'));
}

async function reset(connectionString: string): Promise<void> {
  await emptyPublicSchema(connectionString);
  log('database emptied');
  await migrateAndSeed(connectionString, log);
}

const ownUrl = process.env.DATABASE_URL;
if (ownUrl) {
  // Resetting deletes every record: never against a server that is not on this machine.
  assertLocalDatabaseUrl(ownUrl, 'DATABASE_URL');
  await reset(ownUrl);
} else {
  const database = await spawnEmbeddedDb({ dataDir: path.join(ROOT, '.data', 'pglite') });
  try {
    await reset(database.url);
  } finally {
    await database.stop();
  }
}
log('the demo is back as on a first start');
