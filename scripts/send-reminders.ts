// `npm run reminders [-- --date YYYY-MM-DD]`: the daily task reminders, once, for today in Vietnam (or
// the given day), then the task tally folded. Safe to repeat: a day's reminders are written once
// however often it runs.
// With DATABASE_URL: that database. Without: the embedded one in .data/pglite, which must not be in
// use (its lock refuses a running `npm start`; the app then sends the reminders itself at 06:00).
//
// The use case is server code (`import 'server-only'`), so package.json runs this script with
// `--conditions=react-server`, under which the server-only package is the empty module it is in Next.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { now } from '../lib/clock.ts';
import { createDatabaseClient } from '../lib/db/create-client.ts';
import { todayInVietnam } from '../lib/domain/task-deadline.ts';
import { runDailyTaskJobs } from '../lib/server/reminders/run-daily-task-jobs.ts';
import { spawnEmbeddedDb, type EmbeddedDbProcess } from './lib/spawn-embedded-db.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PGLITE_DIR = path.join(ROOT, '.data', 'pglite');
const USAGE = 'Usage: npm run reminders [-- --date YYYY-MM-DD]';

function parseDay(args: readonly string[]): string {
  let day: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg.startsWith('--date=')) day = arg.slice('--date='.length);
    else if (arg === '--date') day = args[++i];
    else throw new Error(`Unknown argument ${arg}. ${USAGE}`);
  }
  if (day === undefined) return todayInVietnam(now());
  if (!z.iso.date().safeParse(day).success) throw new Error(`--date takes a calendar day YYYY-MM-DD, not "${day}". ${USAGE}`);
  return day;
}

async function main(): Promise<void> {
  const today = parseDay(process.argv.slice(2));
  let embedded: EmbeddedDbProcess | undefined;
  let connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    if (!existsSync(PGLITE_DIR)) throw new Error('DATABASE_URL is not set and there is no embedded database yet: run `npm start` once.');
    embedded = await spawnEmbeddedDb({ dataDir: PGLITE_DIR });
    connectionString = embedded.url;
  }
  try {
    const database = createDatabaseClient({ connectionString, poolMax: embedded ? 1 : Number(process.env.DATABASE_POOL_MAX ?? 1) });
    try {
      console.log(`[reminders] ${await runDailyTaskJobs({ today, database, appUrl: process.env.NEXTAUTH_URL || undefined })}`);
    } finally {
      await database.$disconnect();
    }
  } finally {
    await embedded?.stop();
  }
}

try {
  await main();
} catch (error) {
  console.error(`[reminders] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
