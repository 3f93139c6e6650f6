// Every page of the app, read from the app/ folder itself, with its dynamic segments filled in with demo
// records: a page added tomorrow is in the lists of the specs that use this without anyone adding it.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Client } from 'pg';
import { withClient } from '../lib/db/with-client.ts';
import { e2eDatabaseUrl } from './env.ts';

const APP = fileURLToPath(new URL('../app', import.meta.url));

/** Pages that answer without a session: the sign-in page and the one-time set-password link. */
export const PUBLIC_PAGES = new Set(['/login', '/set-password/[token]']);

/** Not a page of the product: `npm run bench`'s floor, 404 unless that server was started for it. */
export const BENCH_PAGES = new Set(['/bench-floor']);

/** The pages a signed-in admin opens: every page but the public ones and the benchmark's. */
export const isAdminPage = (page: { pattern: string }) => !PUBLIC_PAGES.has(page.pattern) && !BENCH_PAGES.has(page.pattern);

/** The route patterns of every page.tsx under app/, e.g. "/conferences/[conferenceId]/agenda" (route groups dropped). */
export function pagePatterns(folder = APP, prefix = ''): string[] {
  const patterns: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === 'page.tsx') patterns.push(prefix === '' ? '/' : prefix);
    if (!entry.isDirectory() || entry.name.startsWith('_') || entry.name.startsWith('@')) continue;
    const segment = /^\(.*\)$/.test(entry.name) ? '' : `/${entry.name}`;
    patterns.push(...pagePatterns(path.join(folder, entry.name), `${prefix}${segment}`));
  }
  return patterns.sort();
}

/** A demo record for each dynamic segment, consistent along a path (the seat's committee, its term, its organisation). */
async function segmentValues(client: Client): Promise<Record<string, string>> {
  const one = async (sql: string, values: unknown[] = []) => {
    const { rows } = await client.query<Record<string, string>>(sql, values);
    if (!rows[0]) throw new Error(`No demo record for: ${sql}`);
    return rows[0];
  };
  const seat = await one(
    `SELECT s.id::text AS "seatId", c.id::text AS "committeeId", c."termId"::text AS "termId", c."organizationId"::text AS "organizationId"
     FROM "CommitteeSeat" s JOIN "Committee" c ON c.id = s."committeeId" ORDER BY s."createdAt" LIMIT 1`,
  );
  const target = await one(`SELECT id::text AS "targetId", "resolutionId"::text AS "resolutionId" FROM "Target" ORDER BY position LIMIT 1`);
  return {
    ...seat,
    ...target,
    conferenceId: (await one(`SELECT id::text AS id FROM "Conference" WHERE title LIKE 'Hội nghị sơ kết%' ORDER BY "startsAt" LIMIT 1`)).id!,
    planId: (await one(`SELECT id::text AS id FROM "Plan" WHERE "officialNumber" = '274-KH/ĐUSLĐTBXH'`)).id!,
    taskId: (await one(`SELECT id::text AS id FROM "Task" ORDER BY "createdAt" LIMIT 1`)).id!,
    userId: (await one(`SELECT id::text AS id FROM "User" WHERE username = 'daibieu'`)).id!,
    memberId: (await one(`SELECT "memberId"::text AS id FROM "User" WHERE username = 'daibieu'`)).id!,
    // Not a token anyone was given: the page must say so without telling anything.
    token: 'khong-phai-lien-ket-that-0000000000000000000',
  };
}

export interface AppPage {
  pattern: string;
  path: string;
}

/** Every page with real demo ids in place of its dynamic segments; throws on a segment it does not know. */
export async function appPages(): Promise<AppPage[]> {
  const values = await withClient(e2eDatabaseUrl(), segmentValues);
  return pagePatterns().map((pattern) => ({
    pattern,
    path: pattern.replace(/\[([^\]]+)\]/g, (_, name: string) => {
      const value = values[name];
      if (!value) throw new Error(`e2e/app-pages.ts has no demo value for the segment [${name}] of ${pattern}: add one.`);
      return value;
    }),
  }));
}
