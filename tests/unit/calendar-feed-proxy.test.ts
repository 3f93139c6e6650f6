import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from '../../proxy.ts';

// Calendar apps fetch the feed without a session cookie: the proxy lets exactly that path through (the
// route checks the token), and nothing else under /api/calendar/ or any other calendar download.
describe('the proxy and the calendar feed', () => {
  const status = async (path: string) => (await proxy(new NextRequest(`http://localhost:3000${path}`))).status;
  const TOKEN = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

  it('lets an anonymous request reach the feed route, which checks the token itself', async () => {
    expect(await status(`/api/calendar/${TOKEN}`)).toBe(200);
    expect(await status(`/api/calendar/${TOKEN}.ics`)).toBe(200);
  });

  it('turns away anonymous requests for anything else, the per-conference download included', async () => {
    expect(await status('/api/calendar/')).toBe(401);
    expect(await status(`/api/calendar/${TOKEN}/more`)).toBe(401);
    expect(await status('/api/conferences/0190f0c8-7b1a-7c00-8000-000000000001/calendar')).toBe(401);
    expect(await status('/calendar')).toBe(307);
  });
});
