// `npm run bench:tasks`: the task list's and the office dashboard's server times with 50,000 tasks over
// ten years, against the demo data measured in the same run (issue 4: "both stay within 1,3× of their
// times on the demo data"). Real PostgreSQL (DATABASE_URL's server, else 127.0.0.1:5432), production
// build, two `next start` servers side by side, requests alternated between them so both see the same
// machine. Not part of `npm test`; exits 1 when a page is slower than 1,3× its demo time.
// `--keep` leaves the two databases in place (and prints their names) for EXPLAIN ANALYZE;
// `--reuse <demo database> <50k database>` measures kept databases again without seeding (while tuning).
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encode } from 'next-auth/jwt';
import { withClient } from '../../lib/db/with-client.ts';
import { runNodeScript, type RunningChild } from '../lib/child-process.ts';
import { assertLocalDatabaseUrl } from '../lib/local-database-url.ts';
import { isPortFree, waitForPort } from '../lib/ports.ts';
import { median } from '../lib/statistics.ts';
import { migrateAndSeed } from '../lib/test-databases.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PORTS = { demo: 3410, large: 3411 } as const;
const SECRET = randomBytes(32).toString('hex');
const TASKS = 50_000;
const WARM_UP = 5;
const RUNS = 21;
const LIMIT = 1.3;
const KEEP = process.argv.includes('--keep');
const REUSE = (() => {
  const at = process.argv.indexOf('--reuse');
  if (at < 0) return null;
  const [demo, large] = process.argv.slice(at + 1, at + 3);
  if (!demo || !large) throw new Error('Usage: npm run bench:tasks -- --reuse <demo database> <50k database>');
  return { demo, large };
})();

type Side = keyof typeof PORTS;
const log = (line: string) => console.log(`[bench] ${line}`);

/**
 * 50,000 tasks due between mid-2020 and mid-2030, in one INSERT … SELECT generate_series: a second term
 * (2025–2030) beside the demo's, owners and responsible people drawn from the demo organisations and
 * their members, past tasks mostly done (some cancelled, some still open, hence overdue), future ones
 * open; some linked to the demo plan, conclusions and targets; co-owners for one in five, an update for
 * one in eight. Deterministic: every choice is a function of the row number.
 */
async function addTasks(url: string): Promise<void> {
  await withClient(url, async (client) => {
    const one = async (sql: string) => (await client.query<{ id: string }>(sql)).rows[0]!.id;
    const term = (await client.query<{ id: string; organizationId: string }>(`SELECT id, "organizationId" FROM "Term" ORDER BY "startYear" LIMIT 1`)).rows[0]!;
    const nextTerm = (
      await client.query<{ id: string }>(
        `INSERT INTO "Term" (id, "organizationId", name, "congressNumber", "startYear", "endYear", "updatedAt")
         VALUES (gen_random_uuid(), $1, 'Nhiệm kỳ 2025 – 2030', 6, 2025, 2030, now()) RETURNING id`,
        [term.organizationId],
      )
    ).rows[0]!;
    const planId = await one(`SELECT id FROM "Plan" ORDER BY "issuedOn" LIMIT 1`);
    const author = await one(`SELECT id FROM "User" WHERE username = 'vanphong'`);
    // (owner, responsible) pairs: each member with their organisation, and every organisation once with nobody.
    const pairs = (
      await client.query<{ org: string; member: string | null }>(
        `SELECT o.id AS org, m.id AS member FROM "Organization" o LEFT JOIN "Member" m ON m."organizationId" = o.id
         UNION ALL SELECT id, NULL FROM "Organization" ORDER BY org, member NULLS FIRST`,
      )
    ).rows;
    const conclusions = (await client.query<{ id: string }>(`SELECT id FROM "Conclusion" ORDER BY number`)).rows.map((row) => row.id);
    const targets = (await client.query<{ id: string }>(`SELECT id FROM "Target" ORDER BY position`)).rows.map((row) => row.id);
    const organizations = [...new Set(pairs.map((pair) => pair.org))];

    await client.query('BEGIN');
    await client.query(
      `WITH g AS (
         SELECT n, (date '2020-06-01' + ((n * 7919) % 3652))::date AS due, (n * 31) % 100 AS roll FROM generate_series(1, $1::int) n
       ), s AS (
         SELECT n, due, roll,
           CASE WHEN due < current_date - 30 THEN
                  CASE WHEN roll < 84 THEN 'DONE' WHEN roll < 89 THEN 'CANCELLED' WHEN roll < 95 THEN 'IN_PROGRESS' ELSE 'NOT_STARTED' END
                WHEN due < current_date + 60 THEN
                  CASE WHEN roll < 40 THEN 'DONE' WHEN roll < 80 THEN 'IN_PROGRESS' WHEN roll < 85 THEN 'PAUSED' ELSE 'NOT_STARTED' END
                ELSE CASE WHEN roll < 5 THEN 'DONE' WHEN roll < 40 THEN 'IN_PROGRESS' ELSE 'NOT_STARTED' END
           END::"TaskStatus" AS status
         FROM g
       )
       INSERT INTO "Task" (id, title, description, "termId", "conclusionId", "planId", "targetId", "ownerOrganizationId",
         "responsibleMemberId", "startDate", "dueDate", priority, status, progress, "cancelReason", "createdById", "createdAt", "updatedAt")
       SELECT
         -- A UUIDv7 of the creation time, as the app makes them (@default(uuid(7))), so that the primary key
         -- follows the table's physical order like in a real office's database; random ids would make every
         -- scan in id order (Prisma orders a capped count by id) jump around the heap.
         (lpad(to_hex((extract(epoch FROM due - (30 + n % 150)) * 1000)::bigint), 12, '0') || '7' || substr(md5(n::text), 1, 3)
           || to_hex(8 + n % 4) || substr(md5(n::text), 4, 15))::uuid,
         'Nhiệm vụ thử số ' || n, 'Nội dung nhiệm vụ thử số ' || n,
         CASE WHEN extract(year FROM due) < 2025 THEN $2::uuid ELSE $3::uuid END,
         CASE WHEN n % 20 = 0 THEN ($4::uuid[])[1 + n / 20 % cardinality($4::uuid[])] END,
         CASE WHEN n % 15 = 0 THEN $5::uuid END,
         CASE WHEN n % 10 = 0 THEN ($6::uuid[])[1 + n / 10 % cardinality($6::uuid[])] END,
         ($7::uuid[])[1 + n % cardinality($7::uuid[])],
         ($8::uuid[])[1 + n % cardinality($8::uuid[])],
         due - (30 + n % 150), due,
         (ARRAY['LOW','NORMAL','NORMAL','HIGH','URGENT']::"TaskPriority"[])[1 + n % 5],
         status,
         CASE status WHEN 'DONE' THEN 100 WHEN 'IN_PROGRESS' THEN 10 + roll * 8 / 10 WHEN 'PAUSED' THEN 30 ELSE 0 END,
         CASE WHEN status = 'CANCELLED' THEN 'Không còn phù hợp' END,
         $9::uuid,
         (due - (30 + n % 150))::timestamptz, (due - (n % 30))::timestamptz
       FROM s ORDER BY due - (30 + n % 150), n`,
      [TASKS, term.id, nextTerm.id, conclusions, planId, targets, pairs.map((pair) => pair.org), pairs.map((pair) => pair.member), author],
    );
    // One co-owner for one task in five: an organisation other than the owner.
    await client.query(
      `INSERT INTO "TaskCoOwner" ("taskId", "organizationId")
       SELECT id, ($1::uuid[])[1 + n * 7 % cardinality($1::uuid[])]
       FROM (SELECT id, substring(title FROM 17)::int AS n FROM "Task" WHERE title LIKE 'Nhiệm vụ thử số %') t WHERE n % 5 = 0`,
      [organizations],
    );
    await client.query(`DELETE FROM "TaskCoOwner" c USING "Task" t WHERE t.id = c."taskId" AND t."ownerOrganizationId" = c."organizationId"`);
    // One progress report for one task in eight that has started.
    await client.query(
      `INSERT INTO "TaskUpdate" (id, "taskId", "authorId", "reportedOn", progress, status, note)
       SELECT gen_random_uuid(), t.id, $1::uuid, t."startDate" + 10, t.progress, t.status, 'Báo cáo tiến độ thử'
       FROM "Task" t WHERE t.title LIKE 'Nhiệm vụ thử số %' AND substring(t.title FROM 17)::int % 8 = 0
         AND t.status IN ('IN_PROGRESS', 'PAUSED', 'DONE')`,
      [author],
    );
    await client.query('COMMIT');
    // As the daily job would fold the task tallies (decision 019), and autovacuum would soon after a bulk
    // insert (PostgreSQL ≥ 13 vacuums after inserts too): with the visibility map set, counts and
    // aggregates over the task indexes are index-only scans, as in an office's database that has been
    // running, rather than a heap visit per row of a just-loaded table.
    await client.query('SELECT task_tally_compact()');
    await client.query('VACUUM ANALYZE');
  });
}

interface Server { side: Side; base: string; cookie: string; app: RunningChild; tasks: number; department: string }

async function startServer(side: Side, databaseUrl: string): Promise<RunningChild> {
  const base = `http://127.0.0.1:${PORTS[side]}`;
  return runNodeScript(path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), ['start', '-p', String(PORTS[side]), '-H', '127.0.0.1'], {
    ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: base, NEXT_TELEMETRY_DISABLED: '1',
    REMINDERS_DISABLED: '1', // the daily job would write notices for thousands of overdue tasks during the runs
  });
}

/** Time to the last byte of one page, as the secretary; anything but a 200 is an error (an expired cookie would measure the login page). */
async function timePage(server: Server, pathname: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${server.base}${pathname}`, { headers: { cookie: server.cookie }, redirect: 'manual' });
  await response.text();
  const elapsed = performance.now() - started;
  if (response.status !== 200) throw new Error(`${server.side} ${pathname}: HTTP ${response.status}`);
  return elapsed;
}

async function main() {
  const admin = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  assertLocalDatabaseUrl(admin, 'DATABASE_URL');
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) throw new Error('No production build (.next/BUILD_ID): run `npm run build` first.');
  // Otherwise a leftover server would answer and the figures would be its, not this build's.
  for (const port of Object.values(PORTS)) {
    if (!(await isPortFree('127.0.0.1', port))) throw new Error(`Port ${port} is in use: stop what listens there first.`);
  }
  const stamp = Date.now();
  const names: Record<Side, string> = REUSE ?? { demo: `hoinghi_bench_tasks_demo_${stamp}`, large: `hoinghi_bench_tasks_50k_${stamp}` };
  const urls = {} as Record<Side, string>;
  const servers: Server[] = [];
  const apps: RunningChild[] = [];
  try {
    for (const side of ['demo', 'large'] as const) {
      const url = new URL(admin);
      url.pathname = `/${names[side]}`;
      urls[side] = url.toString();
      if (REUSE) continue;
      await withClient(admin, (client) => client.query(`CREATE DATABASE "${names[side]}"`));
      await migrateAndSeed(urls[side], log);
    }
    if (!REUSE) {
      const seeding = performance.now();
      await addTasks(urls.large);
      log(`${TASKS} tasks added in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
      await withClient(urls.demo, async (client) => {
        await client.query('SELECT task_tally_compact()');
        await client.query('VACUUM ANALYZE');
      });
    }

    for (const side of ['demo', 'large'] as const) {
      const app = await startServer(side, urls[side]);
      apps.push(app);
      const facts = await withClient(urls[side], async (client) => ({
        user: (await client.query<{ id: string }>(`SELECT id FROM "User" WHERE username = 'vanphong'`)).rows[0]!.id,
        tasks: Number((await client.query<{ count: string }>(`SELECT count(*) FROM "Task"`)).rows[0]!.count),
        department: (await client.query<{ id: string }>(`SELECT id FROM "Organization" WHERE symbol = 'ĐUSLĐTBXH'`)).rows[0]!.id,
      }));
      const token = await encode({ token: { sub: facts.user }, secret: SECRET });
      servers.push({ side, base: `http://127.0.0.1:${PORTS[side]}`, cookie: `next-auth.session-token=${token}`, app, tasks: facts.tasks, department: facts.department });
    }
    for (const server of servers) {
      if (!(await waitForPort('127.0.0.1', PORTS[server.side], server.app.exited))) throw new Error(`next start (${server.side}) did not come up`);
    }

    const pages: { label: string; path: (server: Server) => string }[] = [
      { label: '/tasks', path: () => '/tasks' },
      { label: '/tasks?overdue=1', path: () => '/tasks?overdue=1' },
      { label: '/tasks?ownerId=<department>&page=3', path: (server) => `/tasks?ownerId=${server.department}&page=3` },
      { label: '/ (office dashboard)', path: () => '/' },
    ];
    const results: { label: string; demo: number; large: number }[] = [];
    for (const page of pages) {
      for (let run = 0; run < WARM_UP; run++) for (const server of servers) await timePage(server, page.path(server));
      const times: Record<Side, number[]> = { demo: [], large: [] };
      // Alternate the two servers (and which goes first) so drift in the machine's load hits both alike.
      for (let run = 0; run < RUNS; run++) {
        for (const server of run % 2 === 0 ? servers : [...servers].reverse()) times[server.side].push(await timePage(server, page.path(server)));
      }
      results.push({ label: page.label, demo: median(times.demo), large: median(times.large) });
    }

    const [demo, large] = servers as [Server, Server];
    console.log(`\nServer time to the full response, secretary "vanphong", medians of ${RUNS} after ${WARM_UP} warm-up requests`);
    console.log(`tasks: demo ${demo.tasks.toLocaleString('en')}, large ${large.tasks.toLocaleString('en')}`);
    console.log(`${'page'.padEnd(38)} ${'demo ms'.padStart(9)} ${'50k ms'.padStart(9)} ${'ratio'.padStart(7)}  ≤ ${LIMIT}×`);
    let failed = false;
    for (const row of results) {
      const ratio = row.large / row.demo;
      const pass = ratio <= LIMIT;
      failed ||= !pass;
      console.log(`${row.label.padEnd(38)} ${row.demo.toFixed(1).padStart(9)} ${row.large.toFixed(1).padStart(9)} ${ratio.toFixed(2).padStart(7)}  ${pass ? 'PASS' : 'FAIL'}`);
    }
    if (failed) process.exitCode = 1;
  } finally {
    for (const app of apps) app.child.kill('SIGTERM');
    await Promise.all(apps.map((app) => app.exited));
    for (const name of Object.values(names)) {
      if (KEEP || REUSE) {
        log(`kept database ${name}`);
        continue;
      }
      await withClient(admin, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    }
  }
}

await main();
