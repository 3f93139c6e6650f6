import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// Keyboard only (issue 6): signing in, skipping to the content, and reaching a conference and its
// calendar file with Tab and Enter, no mouse.

/** Presses Tab until the focused element matches `selector` (at most `limit` presses). */
async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  for (let press = 0; press < limit; press++) {
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} was not reached with ${limit} presses of Tab`);
}

test('an attendee signs in, skips to the content and opens a conference with the keyboard alone', async ({ page }) => {
  await page.goto('/login');
  await tabTo(page, '#username');
  await page.keyboard.type('daibieu');
  await page.keyboard.press('Tab');
  await page.keyboard.type('DaiBieu@2023');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-user')).toHaveText('Võ Minh Khoa');

  // The first Tab lands on "skip to the main content"; Enter moves past the header and the navigation.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Chuyển đến nội dung chính' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);

  await tabTo(page, '#recent a[href^="/conferences/"]');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hội nghị sơ kết, đánh giá giữa nhiệm kỳ');
  // The focus ring is visible where the keyboard is (the stylesheet's :focus-visible outline).
  await tabTo(page, '[data-testid="conference-ics"]');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.ics$/);
});
