// `npm run db:restore -- <file> [--force]`: puts a backup of `npm run db:backup` back.
// With DATABASE_URL: pg_restore into that database (on this machine only; created if missing), which
// must hold no tables unless --force, which first drops and recreates its public schema.
// Without: into the embedded database in .data/pglite, which must not be in use (stop `npm start`);
// the folder there now is kept as .data/pglite.before-restore-<stamp>.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeSummary } from './lib/database-summary.ts';
import { restoreEmbedded } from './lib/embedded-backup.ts';
import { restorePostgres } from './lib/postgres-backup.ts';
import { watchShutdownSignals } from './lib/shutdown-signals.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PGLITE_DIR = path.join(ROOT, '.data', 'pglite');
const BACKUPS_DIR = path.join(ROOT, 'backups');
const USAGE = 'Usage: npm run db:restore -- <file> [--force]';
const CALLER_DIR = process.env.INIT_CWD ?? process.cwd();

const log = (line: string) => console.log(`[restore] ${line}`);

async function parseArguments(args: readonly string[]): Promise<{ file: string; force: boolean }> {
  const files = args.filter((arg) => !arg.startsWith('-'));
  const unknown = args.find((arg) => arg.startsWith('-') && arg !== '--force');
  if (unknown) throw new Error(`Unknown argument ${unknown}. ${USAGE}`);
  const [file, ...more] = files;
  if (!file || more.length > 0) {
    const backups = (await readdir(BACKUPS_DIR).catch(() => [])).filter((name) => name.startsWith('hoinghi-')).sort().slice(-5);
    const listing = backups.length > 0 ? `\nLatest in backups/:\n${backups.map((name) => `  backups/${name}`).join('\n')}` : '';
    throw new Error(`${file ? 'One backup file at a time.' : 'Which backup?'} ${USAGE}${listing}`);
  }
  return { file: path.resolve(CALLER_DIR, file), force: args.includes('--force') };
}

async function main(): Promise<void> {
  const { file, force } = await parseArguments(process.argv.slice(2));
  const url = process.env.DATABASE_URL;
  // pg_restore shares our terminal and stops on Ctrl-C (its single transaction rolls back). The embedded
  // restore finishes: its database process does not get Ctrl-C, and the folders are swapped only at the end.
  watchShutdownSignals((_, count) => {
    if (count > 1) return;
    log(url ? 'Interrupted: pg_restore stops, and what it restored so far is rolled back.' : 'Interrupted: finishing first, so that the data folder is never left half-replaced…');
  });
  if (url) {
    const result = await restorePostgres({ connectionString: url, file, force });
    const { host, pathname } = new URL(url);
    const where = `${decodeURIComponent(pathname.slice(1))} on ${host}`;
    log(`${path.relative(CALLER_DIR, file)} → ${where}${result.created ? ' (created)' : result.replaced ? ' (its previous contents replaced: --force)' : ''}`);
    for (const line of describeSummary(result.summary)) log(`  ${line}`);
  } else {
    if (force) log('--force is not needed for the embedded database: the current folder is kept, not overwritten.');
    const result = await restoreEmbedded({ dataDir: PGLITE_DIR, file });
    log(`${path.relative(CALLER_DIR, file)} → ${path.relative(ROOT, PGLITE_DIR)}`);
    for (const line of describeSummary(result.summary)) log(`  ${line}`);
    if (result.previous) log(`The data that was there is kept in ${path.relative(ROOT, result.previous)}; delete it once you no longer need it.`);
  }
  log('`npm start` applies any migrations newer than the backup. Restore the uploaded documents (FILE_STORAGE_DIR) from the same backup.');
}

main().catch((error: unknown) => {
  console.error(`[restore] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
