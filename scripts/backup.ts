// `npm run db:backup [-- --out <file>]`: a backup of the database, by default in backups/.
// With DATABASE_URL: pg_dump (custom format) of that database → backups/hoinghi-<stamp>.dump.
// Without: the embedded database in .data/pglite, which must not be in use (stop `npm start` first),
// as PGlite's own data-folder dump → backups/hoinghi-<stamp>.tar.gz. `npm run db:restore` reads both.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultBackupFile, formatBytes } from './lib/backup-files.ts';
import { describeSummary } from './lib/database-summary.ts';
import { backupEmbedded } from './lib/embedded-backup.ts';
import { backupPostgres } from './lib/postgres-backup.ts';
import { watchShutdownSignals } from './lib/shutdown-signals.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PGLITE_DIR = path.join(ROOT, '.data', 'pglite');
const BACKUPS_DIR = path.join(ROOT, 'backups');
const USAGE = 'Usage: npm run db:backup [-- --out <file>]';
/** npm runs scripts from the project folder; a path the operator typed is relative to where they were. */
const CALLER_DIR = process.env.INIT_CWD ?? process.cwd();

const log = (line: string) => console.log(`[backup] ${line}`);

function parseOut(args: readonly string[]): string | undefined {
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--out') out = args[++i];
    else throw new Error(`Unknown argument ${arg}. ${USAGE}`);
    if (!out) throw new Error(`--out takes a file name. ${USAGE}`);
  }
  return out === undefined ? undefined : path.resolve(CALLER_DIR, out);
}

async function main(): Promise<void> {
  const out = parseOut(process.argv.slice(2));
  const url = process.env.DATABASE_URL;
  // pg_dump shares our terminal and stops on Ctrl-C: we stay to remove its partial file. The embedded
  // database runs in a process of its own that Ctrl-C does not reach: the backup finishes, and it closes cleanly.
  watchShutdownSignals((_, count) => {
    if (count > 1) return;
    log(url ? 'Interrupted: pg_dump stops, and its partial file is removed.' : 'Interrupted: finishing first, so that the embedded database closes cleanly…');
  });
  const result = url
    ? await backupPostgres({ connectionString: url, file: out ?? defaultBackupFile(BACKUPS_DIR, 'pg_dump') })
    : await backupEmbedded({ dataDir: PGLITE_DIR, file: out ?? defaultBackupFile(BACKUPS_DIR, 'embedded') });
  log(`${url ? 'PostgreSQL (pg_dump)' : `embedded database ${path.relative(ROOT, PGLITE_DIR)}`} → ${path.relative(CALLER_DIR, result.file)} (${formatBytes(result.bytes)})`);
  for (const line of describeSummary(result.summary)) log(`  ${line}`);
  log('Uploaded documents are files, not rows: copy FILE_STORAGE_DIR (default .data/files) with this backup.');
}

main().catch((error: unknown) => {
  console.error(`[backup] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
