// `npm run bench:invitees`: how the attendance register behaves with 1,000 invitees, against the demo
// conference's 25 measured in the same run (issue 3: "renders and filters without visible lag").
// Real PostgreSQL (DATABASE_URL's server, else 127.0.0.1:5432), production build, Debian's Chromium.
// Prints medians of 5; not part of `npm test` (numbers, not pass/fail).
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encode } from 'next-auth/jwt';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/chromium.ts';
import { createDatabaseClient } from '../../lib/db/create-client.ts';
import { withClient } from '../../lib/db/with-client.ts';
import { runNodeScript } from '../lib/child-process.ts';
import { assertLocalDatabaseUrl } from '../lib/local-database-url.ts';
import { migrateAndSeed } from '../lib/test-databases.ts';
import { isPortFree, waitForPort } from '../lib/ports.ts';
import { median } from '../lib/statistics.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PORT = 3400;
const BASE = `http://127.0.0.1:${PORT}`;
const SECRET = randomBytes(32).toString('hex');
const RUNS = 5;
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Hữu', 'Ngọc', 'Quốc', 'Kim'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hòa', 'Hùng', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Phúc', 'Quang', 'Sơn', 'Tâm', 'Thảo'];

const log = (line: string) => console.log(`[bench] ${line}`);

/** A scheduled conference with `count` member invitees (deterministic names), for the register. */
async function addLargeConference(url: string, count: number): Promise<string> {
  const database = createDatabaseClient({ connectionString: url, poolMax: 2 });
  try {
    const department = await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUSLĐTBXH' }, select: { id: true } });
    const members = Array.from({ length: count }, (_, index) => ({
      fullName: `${FAMILY[index % FAMILY.length]} ${MIDDLE[Math.floor(index / FAMILY.length) % MIDDLE.length]} ${GIVEN[Math.floor(index / (FAMILY.length * MIDDLE.length)) % GIVEN.length]}`,
      organizationId: department.id,
      title: `Đảng viên số ${index + 1}`,
    }));
    await database.member.createMany({ data: members });
    const created = await database.member.findMany({ where: { title: { startsWith: 'Đảng viên số ' } }, select: { id: true } });
    const conference = await database.conference.create({
      data: {
        kind: 'REGULAR', title: `Hội nghị đảng viên (${count} người)`, status: 'SCHEDULED', hostOrganizationId: department.id,
        startsAt: new Date(Date.now() + 7 * 86_400_000), endsAt: new Date(Date.now() + 7 * 86_400_000 + 3 * 3_600_000),
      },
      select: { id: true },
    });
    await database.invitee.createMany({ data: created.map((member) => ({ conferenceId: conference.id, memberId: member.id })) });
    return conference.id;
  } finally {
    await database.$disconnect();
  }
}

interface Figures { serverMs: number; htmlKb: number; readyMs: number; filterMs: number; bulkMs: number }

async function measure(page: Page, cookie: string, conferenceId: string): Promise<Figures> {
  const url = `${BASE}/conferences/${conferenceId}/attendance`;
  const runs: Figures[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    const html = await response.text();
    const serverMs = performance.now() - started;

    const navigation = performance.now();
    await page.goto(url);
    const shown = page.getByTestId('attendance-shown');
    await shown.waitFor();
    await page.locator('#attendance-filter').waitFor();
    const readyMs = performance.now() - navigation;
    const before = await shown.textContent();

    const typing = performance.now();
    await page.locator('#attendance-filter').fill('nguyen van');
    await page.waitForFunction((text) => document.querySelector('[data-testid=attendance-shown]')?.textContent !== text, before);
    const filterMs = performance.now() - typing;
    await page.locator('#attendance-filter').fill('');
    await page.waitForFunction((text) => document.querySelector('[data-testid=attendance-shown]')?.textContent === text, before);

    const selecting = performance.now();
    await page.getByTestId('attendance-bulk').locator('input[type=checkbox]').check();
    await page.getByTestId('attendance-bulk').getByRole('button', { name: 'Có mặt' }).click();
    await page.locator('[data-testid=attendance-row][data-changed=true]').first().waitFor();
    const bulkMs = performance.now() - selecting;
    runs.push({ serverMs, htmlKb: html.length / 1024, readyMs, filterMs, bulkMs });
  }
  return {
    serverMs: median(runs.map((figures) => figures.serverMs)),
    htmlKb: median(runs.map((figures) => figures.htmlKb)),
    readyMs: median(runs.map((figures) => figures.readyMs)),
    filterMs: median(runs.map((figures) => figures.filterMs)),
    bulkMs: median(runs.map((figures) => figures.bulkMs)),
  };
}

async function main() {
  const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  assertLocalDatabaseUrl(server, 'DATABASE_URL');
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) throw new Error('No production build: run `npm run build` first.');
  // Otherwise a leftover server would answer and the figures would be its, not this build's.
  if (!(await isPortFree('127.0.0.1', PORT))) throw new Error(`Port ${PORT} is in use: stop what listens there first.`);
  const name = `hoinghi_bench_${Date.now()}`;
  const url = new URL(server);
  await withClient(server, (client) => client.query(`CREATE DATABASE "${name}"`));
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const app = runNodeScript(path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), ['start', '-p', String(PORT), '-H', '127.0.0.1'], {
    ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: BASE, NEXT_TELEMETRY_DISABLED: '1',
  });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    await migrateAndSeed(databaseUrl, log);
    const demoConference = await withClient(databaseUrl, async (client) => (await client.query<{ id: string }>(`SELECT id FROM "Conference" LIMIT 1`)).rows[0]!.id);
    // The demo conference is concluded; reopen it to the same status as the large one so both registers are editable.
    await withClient(databaseUrl, (client) => client.query(`UPDATE "Conference" SET status = 'SCHEDULED' WHERE id = $1`, [demoConference]));
    const largeConference = await addLargeConference(databaseUrl, 1000);
    const userId = await withClient(databaseUrl, async (client) => (await client.query<{ id: string }>(`SELECT id FROM "User" WHERE username = 'vanphong'`)).rows[0]!.id);
    const token = await encode({ token: { sub: userId }, secret: SECRET });
    const cookie = `next-auth.session-token=${token}`;
    if (!(await waitForPort('127.0.0.1', PORT, app.exited))) throw new Error('next start did not come up');

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addCookies([{ name: 'next-auth.session-token', value: token, url: BASE }]);
    const page = await context.newPage();
    await measure(page, cookie, demoConference); // warm-up
    const small = await measure(page, cookie, demoConference);
    const large = await measure(page, cookie, largeConference);

    const rows: [string, keyof Figures, string][] = [
      ['attendance page, server (full HTML)', 'serverMs', 'ms'],
      ['attendance page, HTML size', 'htmlKb', 'KB'],
      ['navigation until the register is usable', 'readyMs', 'ms'],
      ['filter "nguyen van" until the list updates', 'filterMs', 'ms'],
      ['select all + mark present until shown', 'bulkMs', 'ms'],
    ];
    console.log(`\nAttendance register, medians of ${RUNS} (production build, PostgreSQL, Chromium)`);
    console.log(`${'measure'.padEnd(44)} ${'25 invitees'.padStart(12)} ${'1,000'.padStart(10)} ${'ratio'.padStart(7)}`);
    for (const [label, key, unit] of rows) {
      console.log(`${label.padEnd(44)} ${`${small[key].toFixed(1)} ${unit}`.padStart(12)} ${`${large[key].toFixed(1)} ${unit}`.padStart(10)} ${(large[key] / small[key]).toFixed(2).padStart(7)}`);
    }
  } finally {
    await browser?.close();
    app.child.kill('SIGTERM');
    await app.exited;
    await withClient(server, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }
}

await main();
