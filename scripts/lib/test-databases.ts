// The databases of one `npm test` run: a template (migrated and seeded once) that integration test
// files clone (tests/helpers/test-database.ts), and a separate copy for the e2e app.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { seedDemoIfEmpty } from '../../prisma/seed/seed-demo.ts';

export interface TestDatabases {
  readonly kind: 'postgres' | 'embedded';
  /** For humans and logs: where the databases live. */
  readonly description: string;
  /** Environment for the test runners: TEST_DB_KIND, TEST_TEMPLATE_URL, and TEST_TEMPLATE_DUMP (embedded). */
  readonly testEnv: Record<string, string>;
  /** A copy of the template for the e2e app; its URL and the pool size the app must use. */
  createE2eDatabase(): Promise<{ url: string; poolMax: number }>;
  /** Drops or stops everything this run created. Safe to call more than once. */
  cleanup(): Promise<void>;
}

const MIGRATIONS_DIR = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));

export async function migrateAndSeed(connectionString: string, log: (line: string) => void): Promise<void> {
  const applied = await applyMigrations({ connectionString, migrationsDir: MIGRATIONS_DIR });
  log(`${applied.length} migration(s) applied from ${path.relative(process.cwd(), MIGRATIONS_DIR)}`);
  log(`demo data ${await seedDemoIfEmpty({ connectionString, poolMax: 1 })}`);
}
