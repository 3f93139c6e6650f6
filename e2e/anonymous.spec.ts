import { expect, test } from '@playwright/test';

// Every page and route other than login answers an anonymous request with the login page or 401.
const PAGES = ['/', '/plans', '/conferences', '/resolutions', '/members', '/plans/00000000-0000-7000-8000-000000000000', '/conferences/not-a-uuid'];

for (const path of PAGES) {
  test(`anonymous GET ${path} is sent to login`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()['location']).toContain('/login?callbackUrl=');
  });

  test(`anonymous RSC request for ${path} gets no data`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0, headers: { RSC: '1' } });
    expect(response.status()).toBe(307);
    expect(await response.text()).not.toContain('274-KH');
  });
}

test('anonymous API request gets 401', async ({ request }) => {
  const response = await request.get('/api/anything', { maxRedirects: 0 });
  expect(response.status()).toBe(401);
});

test('the login page itself answers 200, with the security headers and a per-request nonce', async ({ request }) => {
  const response = await request.get('/login');
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  const policy = headers['content-security-policy'] ?? '';
  expect(policy).toContain("frame-ancestors 'none'");
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  // Next put the nonce on its scripts, and the next response has another one.
  expect(await response.text()).toContain(`nonce="${nonce}"`);
  const again = (await request.get('/login')).headers()['content-security-policy'];
  expect(again).not.toContain(nonce!);
});
