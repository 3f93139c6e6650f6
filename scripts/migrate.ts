// `npm run db:migrate`: applies pending prisma/migrations to DATABASE_URL, offline (Wasm schema engine),
// recording them in `_prisma_migrations` exactly as `prisma migrate deploy` does.
import path from 'node:path';
import { applyMigrations } from '../lib/db/migrate.ts';

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error('DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/hoinghi)');
  process.exit(1);
}

const migrationsDir = path.resolve(import.meta.dirname, '..', 'prisma', 'migrations');

try {
  const applied = await applyMigrations({ connectionString, migrationsDir, log: (message) => console.log(message) });
  console.log(applied.length === 0 ? 'No pending migrations.' : `Applied ${applied.length} migration(s): ${applied.join(', ')}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
