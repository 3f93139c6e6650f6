// Everything a restore must bring back, read from a live database: each table's row count and an md5 of
// its rows in a fixed order, the sequences' positions, the indexes, constraints and extensions, and the
// whole `_prisma_migrations` table. Equal fingerprints: the same rows, the same schema, the same history.
import pg from 'pg';
import { withClient } from '../../lib/db/with-client.ts';

export interface DatabaseFingerprint {
  tables: Record<string, { rows: number; md5: string }>;
  sequences: Record<string, string | null>;
  indexes: Record<string, string>;
  constraints: Record<string, string>;
  extensions: Record<string, string>;
  /** Every column of every row, ordered by name. */
  migrations: Record<string, unknown>[];
}

export async function fingerprintDatabase(connectionString: string): Promise<DatabaseFingerprint> {
  return withClient(connectionString, async (client) => {
    const pairs = async (sql: string) =>
      Object.fromEntries((await client.query<{ key: string; value: string | null }>(sql)).rows.map((row) => [row.key, row.value]));

    const { rows: tableNames } = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    const tables: DatabaseFingerprint['tables'] = {};
    for (const { tablename } of tableNames) {
      // Rows as text, in byte order (COLLATE "C"): the same on any server locale.
      const { rows } = await client.query<{ rows: number; md5: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE "C"), '')) AS md5
           FROM public.${pg.escapeIdentifier(tablename)} AS t`,
      );
      tables[tablename] = rows[0] ?? { rows: 0, md5: '' };
    }
    return {
      tables,
      sequences: await pairs("SELECT sequencename AS key, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public'"),
      indexes: (await pairs("SELECT indexname AS key, indexdef AS value FROM pg_indexes WHERE schemaname = 'public'")) as Record<string, string>,
      constraints: (await pairs(
        "SELECT conrelid::regclass::text || '.' || conname AS key, pg_get_constraintdef(oid) AS value FROM pg_constraint WHERE connamespace = 'public'::regnamespace",
      )) as Record<string, string>,
      extensions: (await pairs('SELECT extname AS key, extversion AS value FROM pg_extension')) as Record<string, string>,
      migrations: (await client.query('SELECT * FROM public._prisma_migrations ORDER BY migration_name')).rows,
    };
  });
}
