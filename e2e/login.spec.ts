import { DEMO_ACCOUNTS } from '../prisma/seed/demo-accounts.ts';
import { expect, test } from './fixtures.ts';

const NAMES: Record<string, string> = { quantri: 'Lê Thị Hồng Nhung', vanphong: 'Phạm Thị Thu Trang', daibieu: 'Võ Minh Khoa' };

for (const account of DEMO_ACCOUNTS) {
  test(`${account.username} (${account.role}) signs in with the form and out again`, async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
    await page.getByLabel('Tên đăng nhập').fill(`  ${account.username.toUpperCase()} `);
    await page.getByLabel('Mật khẩu').fill(account.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByTestId('current-user')).toHaveText(NAMES[account.username]!);
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await expect(page).toHaveURL(/\/login/);
  });
}

test('a wrong password is refused with a message and no session', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill('vanphong');
  await page.getByLabel('Mật khẩu').fill('not-the-password');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.locator('#login-error')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
  await page.goto('/plans');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fplans/);
});

test('the login page switches to English and back', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
});

test('six wrong passwords in a row: the sixth is refused with the time to try again', async ({ page }) => {
  await page.goto('/login');
  // A name of its own, so the lock does not reach the accounts the other tests sign in with.
  for (let attempt = 1; attempt <= 6; attempt++) {
    await page.getByLabel('Tên đăng nhập').fill(attempt % 2 ? 'thu-khoa' : '  THU-KHOA ');
    await page.getByLabel('Mật khẩu').fill(`sai-lan-${attempt}`);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const expected = attempt < 6 ? 'Tên đăng nhập hoặc mật khẩu không đúng.' : /^Đã nhập sai quá nhiều lần\. Vui lòng thử lại lúc \d{2}:\d{2}\.$/;
    await expect(page.locator('#login-error')).toHaveText(expected);
    // The message is replaced on each try: wait for the button to be ready before the next.
    await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeEnabled();
  }
});
