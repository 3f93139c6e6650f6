import 'server-only';
import { serverEnv } from '../env.ts';
import { createDatabaseClient, type Database } from './create-client.ts';

// One client per server process; in development Next reloads modules, so keep it on globalThis.
const globalForDb = globalThis as unknown as { database?: Database };

export function db(): Database {
  if (!globalForDb.database) {
    const env = serverEnv();
    globalForDb.database = createDatabaseClient({ connectionString: env.DATABASE_URL, poolMax: env.DATABASE_POOL_MAX });
  }
  return globalForDb.database;
}

export type { Database };
export { Prisma } from './generated/prisma/client.ts';
