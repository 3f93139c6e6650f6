// Issue 7, item 10: no protected data leaves the server without a session, whichever way a page is asked
// for — as a document, as an RSC request (`RSC: 1`), as a router prefetch, or by its `.rsc` path — and
// every page a signed-in user gets is marked `Cache-Control: no-store`. The pages are read from app/
// (e2e/app-pages.ts), so a new page is covered the day it is added.
import type { APIRequestContext } from '@playwright/test';
import { encode } from 'next-auth/jwt';
import { withClient } from '../lib/db/with-client.ts';
import { appPages, isAdminPage, PUBLIC_PAGES, type AppPage } from './app-pages.ts';
import { E2E_SECRET, e2eDatabaseUrl } from './env.ts';
import { expect, test } from './fixtures.ts';

// Words that only a signed-in page shows: the plan's number, the conference's title, people's names.
const PROTECTED = ['274-KH', 'Hội nghị sơ kết', 'Phạm Thị Thu Trang', 'Võ Minh Khoa', 'Lê Thị Hồng Nhung'];

const WAYS: { name: string; url: (path: string) => string; headers: Record<string, string> }[] = [
  { name: 'document', url: (path) => path, headers: {} },
  { name: 'RSC request', url: (path) => `${path}${path.includes('?') ? '&' : '?'}_rsc=e2e`, headers: { RSC: '1' } },
  { name: 'prefetch', url: (path) => `${path}${path.includes('?') ? '&' : '?'}_rsc=e2e`, headers: { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/_tree' } },
  { name: '.rsc path', url: (path) => `${path === '/' ? '/index' : path}.rsc`, headers: { RSC: '1' } },
];

let pages: AppPage[] = [];

test.beforeAll(async () => {
  pages = await appPages();
});

async function leaks(request: APIRequestContext, page: AppPage) {
  const found: string[] = [];
  for (const way of WAYS) {
    const response = await request.get(way.url(page.path), { headers: way.headers, maxRedirects: 0 });
    const body = await response.text();
    const status = response.status();
    if (status >= 500) found.push(`${way.name}: HTTP ${status}`);
    // A protected page sends the anonymous request to the login page (or answers 401/404); a public one may answer.
    if (!PUBLIC_PAGES.has(page.pattern) && ![307, 401, 404].includes(status)) found.push(`${way.name}: HTTP ${status}`);
    for (const word of PROTECTED) if (body.includes(word)) found.push(`${way.name}: body contains "${word}"`);
  }
  return found;
}

test('without a session, no page gives away protected data as a document, an RSC request, a prefetch or an .rsc path', async ({ request }) => {
  expect(pages.length).toBeGreaterThan(40);
  const problems: string[] = [];
  for (const page of pages) for (const problem of await leaks(request, page)) problems.push(`${page.path} — ${problem}`);
  expect(problems).toEqual([]);
});

test('with a session of an account that is deactivated meanwhile, no page answers with data either', async ({ playwright }) => {
  // A member's account made for this test only, then locked: its cookie is still well signed.
  const { rows } = await withClient(e2eDatabaseUrl(), (client) =>
    client.query<{ id: string }>(
      `INSERT INTO "User" (id, "memberId", username, "passwordHash", "deactivatedAt", "updatedAt")
       SELECT gen_random_uuid(), m.id, 'e2e-locked', 'x', now(), now() FROM "Member" m
       WHERE m."deactivatedAt" IS NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."memberId" = m.id) ORDER BY m."fullName" LIMIT 1
       RETURNING id::text AS id`,
    ),
  );
  const token = await encode({ token: { sub: rows[0]!.id }, secret: E2E_SECRET });
  const request = await playwright.request.newContext({ extraHTTPHeaders: { cookie: `next-auth.session-token=${token}` } });
  try {
    const problems: string[] = [];
    for (const page of pages) for (const problem of await leaks(request, page)) problems.push(`${page.path} — ${problem}`);
    expect(problems).toEqual([]);
  } finally {
    await request.dispose();
    await withClient(e2eDatabaseUrl(), (client) => client.query(`DELETE FROM "User" WHERE username = 'e2e-locked'`));
  }
});

test('every page a signed-in admin opens is marked no-store', async ({ loginAs }) => {
  const admin = await loginAs('quantri');
  const problems: string[] = [];
  for (const page of pages.filter(isAdminPage)) {
    const response = await admin.request.get(page.path, { maxRedirects: 0 });
    const cacheControl = response.headers()['cache-control'] ?? '';
    if (response.status() !== 200) problems.push(`${page.path}: HTTP ${response.status()}`);
    else if (!cacheControl.includes('no-store')) problems.push(`${page.path}: Cache-Control "${cacheControl}"`);
  }
  expect(problems).toEqual([]);
});
