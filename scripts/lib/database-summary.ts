// What a backup or a restore prints so the operator can see it holds what they expect: the rows of the
// main tables and the applied migrations. Works on PostgreSQL and on the embedded PGlite alike.
import pg from 'pg';
import { withClient } from '../../lib/db/with-client.ts';

/** The tables an office recognises its data by (prisma/schema.prisma). */
const MAIN_TABLES = ['Organization', 'Member', 'User', 'Plan', 'Conference', 'Invitee', 'Conclusion', 'Task', 'TaskUpdate', 'AuditLog'] as const;

export interface DatabaseSummary {
  /** Rows per main table; a table the database does not have is left out. */
  rows: { table: string; count: number }[];
  /** Migrations finished and not rolled back in `_prisma_migrations`, and the last one's name. */
  migrations: { applied: number; last: string | null };
}

export async function summarizeDatabase(connectionString: string): Promise<DatabaseSummary> {
  return withClient(connectionString, async (client) => {
    const { rows: present } = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename = ANY($1::text[])",
      [[...MAIN_TABLES, '_prisma_migrations']],
    );
    const has = new Set(present.map((row) => row.tablename));
    const rows: DatabaseSummary['rows'] = [];
    for (const table of MAIN_TABLES.filter((name) => has.has(name))) {
      const result = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM public.${pg.escapeIdentifier(table)}`);
      rows.push({ table, count: result.rows[0]?.count ?? 0 });
    }
    let migrations: DatabaseSummary['migrations'] = { applied: 0, last: null };
    if (has.has('_prisma_migrations')) {
      const result = await client.query<{ applied: number; last: string | null }>(
        `SELECT count(*)::int AS applied, max(migration_name) AS last FROM public._prisma_migrations
          WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      );
      migrations = result.rows[0] ?? migrations;
    }
    return { rows, migrations };
  });
}

export function describeSummary({ rows, migrations }: DatabaseSummary): string[] {
  return [
    rows.length > 0 ? `rows: ${rows.map(({ table, count }) => `${table} ${count}`).join(', ')}` : 'rows: no application tables',
    `migrations applied: ${migrations.applied}${migrations.last ? ` (last ${migrations.last})` : ''}`,
  ];
}
