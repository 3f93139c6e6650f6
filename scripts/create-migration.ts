// `npm run db:migration -- <name> [--pglite]`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// for the change from the committed migrations to prisma/schema.prisma (`prisma migrate dev
// --create-only`, offline). The history is replayed into a throwaway shadow database on DATABASE_URL's
// server (default: local postgres), or with --pglite on an in-memory PGlite (no server needed).
import path from 'node:path';
import { createMigration, pgliteShadowDatabase, startInMemoryPgliteServer, type PgliteServer } from '../lib/db/migrate.ts';

const args = process.argv.slice(2);
const usePglite = args.includes('--pglite');
const name = args.find((arg) => !arg.startsWith('--'));
if (!name) {
  console.error('Usage: tsx scripts/create-migration.ts <name> [--pglite]');
  process.exit(1);
}

const root = path.resolve(import.meta.dirname, '..');
const schemaPath = path.join(root, 'prisma', 'schema.prisma');
const migrationsDir = path.join(root, 'prisma', 'migrations');

let pglite: PgliteServer | undefined;
try {
  // The engine also opens a connection to a "main" database; a diff reads nothing there.
  pglite = usePglite ? await startInMemoryPgliteServer() : undefined;
  const created = await createMigration({
    name,
    schemaPath,
    migrationsDir,
    adminConnectionString: pglite?.connectionString ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    shadowDatabase: pglite ? pgliteShadowDatabase : undefined,
  });
  console.log(created === null ? 'no changes' : `Created ${path.relative(root, path.join(migrationsDir, created, 'migration.sql'))}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await pglite?.stop();
}
