// Counts the SQL statements the app's database client sends while `run` runs: the client of
// lib/db/client.ts (kept on globalThis) is swapped for one that reports each query, then put back.
import { PrismaPg } from '@prisma/adapter-pg';
import type { Database } from '../../lib/db/create-client.ts';
import { PrismaClient } from '../../lib/db/generated/prisma/client.ts';

export async function countQueries<T>(connectionString: string, run: () => Promise<T>): Promise<{ queries: number; result: T }> {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 1 }), log: [{ emit: 'event', level: 'query' }] });
  let queries = 0;
  client.$on('query', () => queries++);
  const holder = globalThis as unknown as { database?: Database };
  const previous = holder.database;
  holder.database = client;
  try {
    const result = await run();
    return { queries, result };
  } finally {
    holder.database = previous;
    await client.$disconnect();
  }
}
