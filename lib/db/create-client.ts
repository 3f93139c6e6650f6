import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client.ts';

export type Database = InstanceType<typeof PrismaClient>;

/**
 * A Prisma client over node-postgres. Scripts (seed, tests) call this directly; the app uses the
 * shared instance in `client.ts`. `poolMax` is 1 for the embedded PGlite server, which serialises
 * connections and can stall its queue with several (see docs/decisions/001-embedded-postgres.md).
 */
export function createDatabaseClient({ connectionString, poolMax = 10 }: { connectionString: string; poolMax?: number }): Database {
  // JIT off: the task scope's OR … EXISTS makes the planner's estimate cross jit_above_cost on a few
  // tens of thousands of tasks, and compiling then costs 80–130 ms for a 10 ms query (measured by
  // `npm run bench:tasks`; https://www.postgresql.org/docs/15/jit-decision.html). PGlite ignores the option.
  const adapter = new PrismaPg({ connectionString, max: poolMax, idleTimeoutMillis: 30_000, options: '-c jit=off' });
  // Under load every connection of the pool can be busy; a transaction then waits its turn like any query
  // instead of failing after Prisma's default 2 s (P2028, seen by `npm run bench` at 16 connections: the
  // user would get an error page for what is only a queue). It still may not run longer than 15 s.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 15_000 } });
}
