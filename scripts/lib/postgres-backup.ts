// Backup and restore of a PostgreSQL database with the server's own tools: pg_dump's custom format
// (compressed, restorable table by table) and pg_restore. Used by scripts/backup.ts, scripts/restore.ts
// and tests/integration/backup-restore.test.ts.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import { ensureDatabaseExists } from '../../lib/db/migrate.ts';
import { withClient } from '../../lib/db/with-client.ts';
import { assertNewFile, detectBackupKind, writeThroughPartial, type BackupResult } from './backup-files.ts';
import { summarizeDatabase, type DatabaseSummary } from './database-summary.ts';
import { assertLocalDatabaseUrl } from './local-database-url.ts';

export interface RestoreResult {
  summary: DatabaseSummary;
  /** The database did not exist and was created. */
  created: boolean;
  /** The database held tables, and --force replaced its public schema. */
  replaced: boolean;
}

export async function backupPostgres({ connectionString, file }: { connectionString: string; file: string }): Promise<BackupResult> {
  await assertNewFile(file);
  const serverMajor = await serverMajorVersion(connectionString);
  // pg_dump refuses a server of a newer major version than its own ("server version mismatch").
  const dumpMajor = await clientMajorVersion('pg_dump', serverMajor);
  if (dumpMajor < serverMajor) {
    throw new Error(
      `pg_dump ${dumpMajor} cannot back up a PostgreSQL ${serverMajor} server: pg_dump must be version ${serverMajor} or newer. ` +
        `${installHint(serverMajor)}, then check that \`pg_dump --version\` says ${serverMajor} or more.`,
    );
  }
  const summary = await summarizeDatabase(connectionString);
  const { dbname, env } = libpqConnection(connectionString);
  await writeThroughPartial(file, async (partial) => {
    await runTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`, `--dbname=${dbname}`], env, serverMajor);
  });
  return { file, bytes: (await fs.stat(file)).size, summary };
}

/**
 * Restores a `backupPostgres` file into the database of `connectionString` (created if missing), which
 * must be on this machine and hold no tables — unless `force`, which first drops and recreates its
 * public schema, as `npm run db:reset` does. One transaction: a restore that fails leaves no half.
 */
export async function restorePostgres({ connectionString, file, force = false }: { connectionString: string; file: string; force?: boolean }): Promise<RestoreResult> {
  // A restore can replace every record: never against a server that is not on this machine.
  assertLocalDatabaseUrl(connectionString, 'DATABASE_URL');
  const kind = await detectBackupKind(file);
  if (kind === 'embedded') {
    throw new Error(`${file} is a backup of the embedded database: restore it with DATABASE_URL unset (into .data/pglite).`);
  }
  if (kind !== 'pg_dump') throw new Error(`${file} is not a backup made by \`npm run db:backup\` (no pg_dump archive header).`);
  // Reads the whole table of contents: a damaged or too-new archive fails here, before anything is dropped.
  await runTool('pg_restore', ['--list', file], {});

  const created = await ensureDatabaseExists(connectionString);
  const tables = await countTables(connectionString);
  if (tables > 0 && !force) {
    const { host, pathname } = new URL(connectionString);
    throw new Error(
      `The database ${decodeURIComponent(pathname.slice(1))} on ${host} is not empty (${tables} tables). Restore into a new or empty ` +
        'database, or add --force to replace everything in its public schema (the data there now is lost: back it up first).',
    );
  }
  if (tables > 0) {
    await withClient(connectionString, (client) => client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;'));
  }
  const { dbname, env } = libpqConnection(connectionString);
  await runTool('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${dbname}`, file], env);
  // pg_dump carries no planner statistics; without them the first queries plan blind.
  await withClient(connectionString, (client) => client.query('ANALYZE'));
  return { summary: await summarizeDatabase(connectionString), created, replaced: tables > 0 };
}

async function countTables(connectionString: string): Promise<number> {
  return withClient(connectionString, async (client) => {
    const { rows } = await client.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
    );
    return rows[0]?.count ?? 0;
  });
}

async function serverMajorVersion(connectionString: string): Promise<number> {
  return withClient(connectionString, async (client) => {
    const { rows } = await client.query<{ server_version_num: string }>('SHOW server_version_num');
    return Math.floor(Number(rows[0]?.server_version_num) / 10_000);
  });
}

/** "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)" → 15. */
export function parseToolMajorVersion(versionLine: string): number | null {
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(versionLine);
  return match ? Number(match[1]) : null;
}

async function clientMajorVersion(tool: string, serverMajor: number): Promise<number> {
  const output = await runTool(tool, ['--version'], {}, serverMajor);
  const major = parseToolMajorVersion(output);
  if (major === null) throw new Error(`Cannot read the version of ${tool} from "${output.trim()}".`);
  return major;
}

function installHint(serverMajor?: number): string {
  const client = serverMajor ? `postgresql-client-${serverMajor}` : 'postgresql-client';
  return `Install the PostgreSQL client tools of your server's version (Debian/Ubuntu: sudo apt-get install ${client}; others: https://www.postgresql.org/download/)`;
}

/** Parameters that Prisma or node-postgres read from the URL but libpq refuses ("invalid URI query parameter"). */
const NOT_FOR_LIBPQ = ['schema', 'connection_limit', 'pool_timeout', 'socket_timeout', 'sslaccept', 'pgbouncer', 'statement_cache_size'];

/** The URL for `--dbname`, with the password moved to PGPASSWORD so it is not visible in the process list. */
function libpqConnection(connectionString: string): { dbname: string; env: Record<string, string> } {
  const url = new URL(connectionString);
  const env: Record<string, string> = {};
  if (url.password) {
    env.PGPASSWORD = decodeURIComponent(url.password);
    url.password = '';
  }
  for (const parameter of NOT_FOR_LIBPQ) url.searchParams.delete(parameter);
  return { dbname: url.toString(), env };
}

/** Runs a PostgreSQL client tool; resolves with its standard output, rejects with its error output. */
function runTool(tool: string, args: readonly string[], env: Record<string, string>, serverMajor?: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'ENOENT' ? new Error(`${tool} was not found on PATH. ${installHint(serverMajor)}.`) : error);
    });
    child.once('close', (code, signal) => {
      if (code === 0) return resolve(stdout);
      const tooNew = /unsupported version .* in file header/.test(stderr)
        ? ` The backup was made by a newer pg_dump than this ${tool}: install the PostgreSQL client tools of that version (Debian/Ubuntu: postgresql-client-<version>).`
        : '';
      reject(new Error(`${tool} failed (${signal ?? `exit ${code}`}): ${stderr.trim() || 'no message'}${tooNew}`));
    });
  });
}
