// Test databases without a PostgreSQL server: in-memory PGlite. The template is dumped to a tarball
// that each integration test file loads into its own in-memory PGlite (tests/helpers/test-database.ts).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { dumpEmbedded, readDump, startEmbeddedPostgres, type EmbeddedPostgres } from '../../lib/db/embedded-server.ts';
import { once } from './once.ts';
import { migrateAndSeed, type TestDatabases } from './test-databases.ts';

const DUMP_PREFIX = 'hoinghi-test-template-';
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

export async function prepareEmbeddedTestDatabases(log: (line: string) => void): Promise<TestDatabases> {
  await removeStaleDumps();
  const servers: EmbeddedPostgres[] = [];
  const dumpFile = path.join(os.tmpdir(), `${DUMP_PREFIX}${process.pid}-${randomBytes(3).toString('hex')}.tar`);
  const cleanup = once(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await fs.rm(dumpFile, { force: true });
  });
  try {
    const template = await startEmbeddedPostgres();
    servers.push(template);
    await migrateAndSeed(template.url, log);
    const started = Date.now();
    await dumpEmbedded(template.pglite, dumpFile);
    log(`template: dumped to ${dumpFile} in ${Date.now() - started} ms`);
    return {
      kind: 'embedded',
      description: 'embedded PGlite (in memory)',
      testEnv: { TEST_DB_KIND: 'embedded', TEST_TEMPLATE_URL: template.url, TEST_TEMPLATE_DUMP: dumpFile },
      createE2eDatabase: async () => {
        const copy = await startEmbeddedPostgres({ loadDataDir: await readDump(dumpFile) });
        servers.push(copy);
        return { url: copy.url, poolMax: 1 };
      },
      cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** Dumps of runs that were killed before their cleanup. */
async function removeStaleDumps(): Promise<void> {
  const dir = os.tmpdir();
  for (const entry of await fs.readdir(dir)) {
    if (!entry.startsWith(DUMP_PREFIX)) continue;
    const file = path.join(dir, entry);
    const stat = await fs.stat(file).catch(() => null);
    if (stat && Date.now() - stat.mtimeMs > STALE_AFTER_MS) await fs.rm(file, { force: true });
  }
}
