import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { withClient } from '../lib/db/with-client.ts';
import { LOCALE_COOKIE, LOCALES, type Locale } from '../lib/i18n/locale.ts';
import { appPages, isAdminPage, type AppPage } from './app-pages.ts';
import { E2E_BASE_URL, e2eDatabaseUrl } from './env.ts';
import { expect, signIn, test } from './fixtures.ts';

// Issue 6: axe finds no serious or critical violation of WCAG 2.1 A/AA on any page, for each role, in
// both languages. One browser context per role and language visits every page that role can open.

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface DemoIds { plan: string; conference: string; task: string; resolution: string; target: string; account: string }

/** The demo records the pages are about, read from the e2e database. */
async function demoIds(): Promise<DemoIds> {
  return withClient(e2eDatabaseUrl(), async (client) => {
    const one = async (sql: string, values: unknown[] = []) => {
      const { rows } = await client.query<{ id: string }>(sql, values);
      if (!rows[0]) throw new Error(`No demo record for: ${sql}`);
      return rows[0].id;
    };
    const resolution = await one('SELECT id FROM "Resolution" ORDER BY "createdAt" LIMIT 1');
    return {
      plan: await one('SELECT id FROM "Plan" WHERE "officialNumber" = $1', ['274-KH/ĐUSLĐTBXH']),
      conference: await one(`SELECT id FROM "Conference" WHERE "startsAt" < '2023-08-01' AND title LIKE 'Hội nghị sơ kết%' ORDER BY "startsAt" LIMIT 1`),
      // The attendee's unit's task, so that all three roles may open it.
      task: await one(`SELECT id FROM "Task" WHERE title LIKE '%giáo dục nghề nghiệp%' ORDER BY "createdAt" LIMIT 1`),
      resolution,
      target: await one('SELECT id FROM "Target" WHERE "resolutionId" = $1 ORDER BY position LIMIT 1', [resolution]),
      account: await one(`SELECT id FROM "User" WHERE username = 'daibieu'`),
    };
  });
}

function attendeePages(ids: DemoIds): string[] {
  return [
    '/',
    '/conferences',
    `/conferences/${ids.conference}`,
    '/tasks',
    `/tasks/${ids.task}`,
    `/search?q=${encodeURIComponent('hoi nghi so ket')}`,
    '/calendar',
    '/account/password',
  ];
}

function officePages(ids: DemoIds): string[] {
  const conference = `/conferences/${ids.conference}`;
  return [
    ...attendeePages(ids),
    '/plans',
    `/plans/${ids.plan}`,
    `/plans/${ids.plan}/edit`,
    '/plans/new',
    '/conferences/new',
    `${conference}/edit`,
    `${conference}/agenda`,
    `${conference}/invitations`,
    `${conference}/attendance`,
    `${conference}/minutes`,
    `${conference}/documents`,
    `/tasks/${ids.task}/edit`,
    '/tasks/new',
    '/tasks?overdue=1',
    '/resolutions',
    `/resolutions/${ids.resolution}`,
    `/resolutions/${ids.resolution}/targets/${ids.target}`,
    '/members',
    '/members/import',
  ];
}

/**
 * Every page of the app (read from app/, e2e/app-pages.ts), so a page added tomorrow is checked without
 * anyone listing it, plus the office's pages with a query that changes what they show.
 */
function adminPages(ids: DemoIds): string[] {
  const everyPage = allPages.filter(isAdminPage).map((page) => page.path);
  return [...new Set([...everyPage, ...officePages(ids), '/members?status=inactive'])];
}

/** The serious and critical violations on the current page, one line per rule with its targets. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => {
      const targets = violation.nodes.map((node) => node.target.join(' '));
      const more = targets.length > 3 ? ` and ${targets.length - 3} more` : '';
      return `${violation.id} (${violation.impact}): ${targets.slice(0, 3).join(' | ')}${more}`;
    });
}

/** A few tabs of one context share the pages out, so the whole check stays around a minute. */
const TABS = 3;

async function checkPages(context: BrowserContext, first: Page, paths: readonly string[]) {
  const tabs = [first, ...(await Promise.all(Array.from({ length: Math.min(TABS, paths.length) - 1 }, () => context.newPage())))];
  // The fixture watches `first` for Content-Security-Policy violations; the other tabs are watched here.
  const blocked: string[] = [];
  for (const tab of tabs.slice(1)) {
    tab.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('Content Security Policy')) blocked.push(message.text());
    });
  }
  const queue = [...paths];
  await Promise.all(tabs.map(async (tab) => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const response = await tab.goto(path);
      expect(response?.status(), `GET ${path}`).toBe(200);
      // Signed in: the page itself, not the login page it would redirect to.
      if (path !== '/login') expect(new URL(tab.url()).pathname, `GET ${path}`).not.toBe('/login');
      expect.soft(await seriousViolations(tab), `serious or critical axe violations on ${path}`).toEqual([]);
    }
  }));
  expect(blocked, 'Content-Security-Policy violations').toEqual([]);
}

const ROLES = [
  { role: 'attendee', username: 'daibieu', pages: attendeePages },
  { role: 'secretary', username: 'vanphong', pages: officePages },
  { role: 'admin', username: 'quantri', pages: adminPages },
] as const;

let ids: DemoIds;
let allPages: AppPage[];
test.beforeAll(async () => {
  ids = await demoIds();
  allPages = await appPages();
});

for (const locale of LOCALES) {
  const setLanguage = (locale: Locale) => ({ name: LOCALE_COOKIE, value: locale, url: E2E_BASE_URL, sameSite: 'Lax' as const });

  test(`the login page in ${locale}`, async ({ context, page }) => {
    await context.addCookies([setLanguage(locale)]);
    await checkPages(context, page, ['/login', '/set-password/khong-phai-lien-ket-that-0000000000000000000']);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
  });

  for (const { role, username, pages } of ROLES) {
    test(`every page of the ${role} in ${locale}`, async ({ context, page }) => {
      test.setTimeout(120_000);
      await context.addCookies([setLanguage(locale)]);
      await signIn(context, username);
      await checkPages(context, page, pages(ids));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
    });
  }
}
