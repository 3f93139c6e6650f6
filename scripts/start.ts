// `npm start` / `npm run dev`: the database (embedded unless DATABASE_URL is set), its migrations and
// the demo data, then Next.js. Ctrl-C stops the app first and the database last, always cleanly.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyMigrations } from '../lib/db/migrate.ts';
import { DEMO_ACCOUNTS } from '../prisma/seed/demo-accounts.ts';
import { seedDemoIfEmpty, type SeedOutcome } from '../prisma/seed/seed-demo.ts';
import { readOrCreateAuthSecret } from './lib/auth-secret.ts';
import { exitCodeOf, runNodeScript, type RunningChild } from './lib/child-process.ts';
import { watchShutdownSignals } from './lib/shutdown-signals.ts';
import { spawnEmbeddedDb, type EmbeddedDbProcess } from './lib/spawn-embedded-db.ts';
import { parseStartEnv, type StartEnv } from './lib/start-env.ts';
import { isPortFree, waitForPort } from './lib/ports.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA_DIR = path.join(ROOT, '.data');
const PGLITE_DIR = path.join(DATA_DIR, 'pglite');
const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
const EXIT_WITH_PARENT = fileURLToPath(new URL('./lib/exit-with-parent.cjs', import.meta.url));
const MIGRATIONS_DIR = path.join(ROOT, 'prisma', 'migrations');
const LOOPBACK_OR_ANY = new Set(['127.0.0.1', 'localhost', '::1', '0.0.0.0', '::']);

const log = (line: string) => console.log(`[start] ${line}`);

class StopRequested extends Error {}

async function main(): Promise<number> {
  const dev = process.argv.includes('--dev');
  const env = parseStartEnv(process.env);
  if (!dev && !existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    throw new Error('No production build in .next: run `npm start` (it builds first) or `npm run build`.');
  }
  if (!(await isPortFree(env.HOSTNAME, env.PORT))) {
    throw new Error(`Port ${env.PORT} on ${env.HOSTNAME} is in use (another \`npm start\`?). Stop it, or choose another: PORT=3001 npm start`);
  }

  let app: RunningChild | undefined;
  let closingDatabase = false;
  let toldToWait = false;
  const signals = watchShutdownSignals((signal, count) => {
    if (closingDatabase || (app && (app.child.exitCode !== null || app.child.signalCode !== null))) {
      if (!toldToWait) log('Closing the database, please wait: interrupting it could damage the data.');
      toldToWait = true;
    } else if (!app) {
      if (count === 1) log('Stopping after the current step…');
    } else if (count === 1) {
      log('Stopping the app…');
      app.child.kill(signal); // it usually has the terminal's SIGINT already; Next ignores the repeat
    } else if (count === 2) {
      log('Still waiting for the app to exit. Ctrl-C again stops it at once (the database still closes cleanly).');
    } else {
      app.child.kill('SIGKILL');
    }
  });
  const stopIfRequested = () => {
    if (signals.requested) throw new StopRequested();
  };

  let database: EmbeddedDbProcess | undefined;
  try {
    let databaseUrl = env.DATABASE_URL;
    let poolMax = env.DATABASE_POOL_MAX;
    if (!databaseUrl) {
      log(`Starting the embedded database (${path.relative(ROOT, PGLITE_DIR)})…`);
      database = await spawnEmbeddedDb({ dataDir: PGLITE_DIR });
      databaseUrl = database.url;
      poolMax = 1; // PGlite serves one connection at a time; see lib/db/embedded-server.ts
    }
    stopIfRequested();

    await applyMigrations({ connectionString: databaseUrl, migrationsDir: MIGRATIONS_DIR, log: (line) => log(`migrate: ${line}`) });
    stopIfRequested();
    const seeded = await seedDemoIfEmpty({ connectionString: databaseUrl, poolMax: poolMax ?? 1 });
    log(SEED_MESSAGES[seeded]);
    stopIfRequested();

    const appUrl = env.NEXTAUTH_URL ?? `http://${LOOPBACK_OR_ANY.has(env.HOSTNAME) ? 'localhost' : env.HOSTNAME}:${env.PORT}`;
    const appEnv = await appEnvironment(env, { databaseUrl, poolMax, appUrl });
    app = runNodeScript(NEXT_BIN, [dev ? 'dev' : 'start', '-p', String(env.PORT), '-H', env.HOSTNAME], appEnv, {
      nodeArgs: ['--require', EXIT_WITH_PARENT],
    });
    const listening = await waitForPort(connectHost(env.HOSTNAME), env.PORT, app.exited);
    if (listening) printWelcome(appUrl, database ? 'embedded' : databaseUrl, seeded !== 'not-empty');

    const exit = await app.exited;
    if (!signals.requested) {
      log(`The app exited by itself (${exit.signal ?? `code ${exit.code}`}); stopping.`);
      return exitCodeOf(exit) || 1;
    }
    return exitCodeOf(exit);
  } catch (error) {
    if (error instanceof StopRequested) return 130;
    throw error;
  } finally {
    if (database) {
      closingDatabase = true;
      log('Closing the database…');
      await database.stop();
      log(`Database closed; data kept in ${path.relative(ROOT, PGLITE_DIR)}.`);
    }
  }
}

async function appEnvironment(
  env: StartEnv,
  { databaseUrl, poolMax, appUrl }: { databaseUrl: string; poolMax: number | undefined; appUrl: string },
): Promise<NodeJS.ProcessEnv> {
  return {
    // Offline offices: Next must not try to send telemetry.
    NEXT_TELEMETRY_DISABLED: '1',
    ...process.env,
    DATABASE_URL: databaseUrl,
    ...(poolMax === undefined ? {} : { DATABASE_POOL_MAX: String(poolMax) }),
    NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? (await readOrCreateAuthSecret(path.join(DATA_DIR, 'auth-secret'))),
    NEXTAUTH_URL: appUrl,
    PORT: String(env.PORT),
    HOSTNAME: env.HOSTNAME,
  };
}

const SEED_MESSAGES: Record<SeedOutcome, string> = {
  seeded: 'Demo data loaded.',
  'demo-present': 'Demo data already present.',
  'not-empty': 'The database holds other data: the demo is not loaded.',
};

function connectHost(hostname: string): string {
  return hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname;
}

function printWelcome(url: string, database: 'embedded' | string, demo: boolean) {
  const where =
    database === 'embedded' ? `embedded PostgreSQL (PGlite), data in ${path.relative(ROOT, PGLITE_DIR)}` : describeExternal(database);
  const width = Math.max(...DEMO_ACCOUNTS.map((account) => account.labelVi.length));
  console.log(
    [
      '',
      `  Hội nghị is ready: ${url}`,
      `  Database: ${where}`,
      ...(demo ? ['  Demo logins (demo data only):', ...DEMO_ACCOUNTS.map((account) => `    ${account.labelVi.padEnd(width)}  ${account.username} / ${account.password}`)] : []),
      '  Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

function describeExternal(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `PostgreSQL at ${url.host}${url.pathname} (DATABASE_URL)`;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
