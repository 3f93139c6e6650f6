// `npm test [-- --only unit|integration|e2e]`: prepares a template database (migrated and seeded
// once), runs vitest (unit + integration), then `next build` and Playwright against a copy of the
// template, prints a summary, and always removes what it created, also on failure or Ctrl-C.
//
// The database: TEST_DATABASE_URL or DATABASE_URL (a LOCAL server only: databases are created and
// dropped there), else an embedded in-memory PGlite, so `npm test` needs no setup either.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNodeScript, type RunningChild } from './lib/child-process.ts';
import { prepareEmbeddedTestDatabases } from './lib/embedded-test-databases.ts';
import { preparePostgresTestDatabases } from './lib/postgres-test-databases.ts';
import { watchShutdownSignals } from './lib/shutdown-signals.ts';
import type { TestDatabases } from './lib/test-databases.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const bin = (...parts: string[]) => path.join(ROOT, 'node_modules', ...parts);
const VITEST = bin('vitest', 'vitest.mjs');
const NEXT = bin('next', 'dist', 'bin', 'next');
const PLAYWRIGHT = bin('@playwright', 'test', 'cli.js');

const STAGES = ['unit', 'integration', 'e2e'] as const;
type Stage = (typeof STAGES)[number];

interface StepResult {
  name: string;
  outcome: 'passed' | 'failed' | 'skipped';
  seconds?: number;
  note?: string;
}

const log = (line: string) => console.log(`[test] ${line}`);

/**
 * `--only unit,integration` picks stages; other words are file filters passed to vitest and Playwright.
 * `--hostile` is `npm run test:hostile`: the hostile-input suite alone, 1,000 cases per action and route.
 */
function parseArguments(args: readonly string[]): { stages: Set<Stage>; filters: string[] } {
  const stages = new Set<Stage>();
  const filters: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--hostile') {
      process.env.HOSTILE_CASES ??= '1000';
      stages.add('integration');
      filters.push('hostile-input');
      continue;
    }
    const value = arg.startsWith('--only=') ? arg.slice('--only='.length) : arg === '--only' ? args[++i] : undefined;
    if (value === undefined) {
      if (arg.startsWith('-')) throw new Error(`Unknown argument ${arg}. Usage: npm test [-- --only unit|integration|e2e] [file filters], or npm test -- --hostile`);
      filters.push(arg);
      continue;
    }
    for (const name of value.split(',')) {
      if (!(STAGES as readonly string[]).includes(name)) throw new Error(`--only takes ${STAGES.join(', ')}, not "${name}"`);
      stages.add(name as Stage);
    }
  }
  return { stages: stages.size > 0 ? stages : new Set(STAGES), filters };
}

async function main(): Promise<number> {
  const { stages, filters } = parseArguments(process.argv.slice(2));
  const results: StepResult[] = [];
  let current: RunningChild | undefined;
  const signals = watchShutdownSignals((signal, count) => {
    if (count === 1) log('Interrupted: stopping the current step, then cleaning up…');
    if (count <= 2) current?.child.kill(signal);
    else current?.child.kill('SIGKILL');
  });

  /** Runs one tool to completion; a step after Ctrl-C is skipped. */
  const step = async (name: string, script: string, args: string[], env: NodeJS.ProcessEnv): Promise<boolean> => {
    if (signals.requested) {
      results.push({ name, outcome: 'skipped', note: 'interrupted' });
      return false;
    }
    log(`${name}: ${path.relative(ROOT, script)} ${args.join(' ')}`);
    const started = Date.now();
    current = runNodeScript(script, args, env);
    const exit = await current.exited;
    current = undefined;
    const passed = exit.code === 0;
    results.push({ name, outcome: passed ? 'passed' : 'failed', seconds: (Date.now() - started) / 1000, note: passed ? undefined : `exit ${exit.signal ?? exit.code}` });
    return passed;
  };

  // The runners never see the developer's own database: only the ones made for this run.
  const { DATABASE_URL: ownDatabase, TEST_DATABASE_URL: testServer, ...ownEnv } = process.env;
  const baseEnv = { NEXT_TELEMETRY_DISABLED: '1', ...ownEnv };
  let databases: TestDatabases | undefined;
  try {
    if (stages.has('integration') || stages.has('e2e')) {
      const started = Date.now();
      try {
        const serverUrl = testServer || ownDatabase;
        databases = serverUrl
          ? await preparePostgresTestDatabases(serverUrl, testServer ? 'TEST_DATABASE_URL' : 'DATABASE_URL', log)
          : await prepareEmbeddedTestDatabases(log);
        results.push({ name: 'database', outcome: 'passed', seconds: (Date.now() - started) / 1000, note: databases.description });
      } catch (error) {
        console.error(`[test] Could not prepare the test database: ${error instanceof Error ? error.message : String(error)}`);
        results.push({ name: 'database', outcome: 'failed', seconds: (Date.now() - started) / 1000 });
      }
    }

    const projects = (['unit', 'integration'] as const).filter((stage) => stages.has(stage) && (stage === 'unit' || databases));
    if (stages.has('integration') && !databases) results.push({ name: 'vitest --project integration', outcome: 'skipped', note: 'no database' });
    if (projects.length > 0) {
      await step('vitest', VITEST, ['run', ...projects.flatMap((project) => ['--project', project]), ...filters], { ...baseEnv, ...databases?.testEnv });
    }

    if (stages.has('e2e')) {
      const e2e = databases && !signals.requested ? await copyForE2e(databases, results) : undefined;
      if (!e2e) {
        results.push({ name: 'playwright', outcome: 'skipped', note: signals.requested ? 'interrupted' : 'no database' });
      } else if (
        // Built without DATABASE_URL, as `npm start` builds before its database exists.
        (await step('next build', NEXT, ['build'], { ...baseEnv, NODE_ENV: 'production' })) ||
        signals.requested
      ) {
        await step('playwright', PLAYWRIGHT, ['test', ...filters], {
          ...baseEnv,
          E2E_DATABASE_URL: e2e.url,
          E2E_DATABASE_POOL_MAX: String(e2e.poolMax),
          E2E_DB_KIND: e2e.kind,
        });
      } else {
        results.push({ name: 'playwright', outcome: 'skipped', note: 'build failed' });
      }
    }
  } finally {
    if (databases) {
      log('Removing the test databases…');
      await databases.cleanup();
    }
    printSummary(results);
  }
  if (signals.requested) return 130;
  return results.some((result) => result.outcome !== 'passed') ? 1 : 0;
}

async function copyForE2e(databases: TestDatabases, results: StepResult[]) {
  try {
    return { ...(await databases.createE2eDatabase()), kind: databases.kind };
  } catch (error) {
    console.error(`[test] Could not copy the template for e2e: ${error instanceof Error ? error.message : String(error)}`);
    results.push({ name: 'e2e database', outcome: 'failed' });
    return undefined;
  }
}

function printSummary(results: readonly StepResult[]) {
  const width = Math.max(...results.map((result) => result.name.length), 4);
  console.log(['', '[test] Summary', ...results.map((result) => {
    const time = result.seconds === undefined ? '' : `${result.seconds.toFixed(1)} s`;
    return `  ${result.name.padEnd(width)}  ${result.outcome.toUpperCase().padEnd(7)}  ${time.padStart(8)}  ${result.note ?? ''}`.trimEnd();
  }), ''].join('\n'));
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[test] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
