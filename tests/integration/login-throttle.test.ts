import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticate } from '../../lib/auth/authenticate.ts';
import type { Database } from '../../lib/db/create-client.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

let demo: DemoDatabase;
let database: Database;
const PASSWORD = 'VanPhong@2023';
const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 1, minute));

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
});

afterAll(async () => {
  await demo?.close();
});

const attempt = (username: string, password: string, minute: number, clientAddress: string | null = '10.0.0.1') =>
  authenticate({ username, password, clientAddress, now: at(minute) });

describe('signing in', () => {
  it('refuses the 6th attempt after 5 wrong passwords in 15 minutes, for every spelling of the name, with the time to retry', async () => {
    for (let minute = 0; minute < 5; minute++) expect(await attempt('vanphong', 'sai-mat-khau', minute)).toEqual({ ok: false, reason: 'invalid' });
    // Even the right password waits: the lock is decided before the password is looked at.
    expect(await attempt('vanphong', PASSWORD, 6)).toEqual({ ok: false, reason: 'throttled', retryAt: at(15) });
    expect(await attempt('  VanPhong ', PASSWORD, 7, '10.0.0.2')).toMatchObject({ reason: 'throttled', retryAt: at(15) });
    // The audit log shows every attempt, with why it was refused.
    const rows = await database.auditLog.findMany({ where: { action: 'auth.login', after: { path: ['username'], equals: 'vanphong' } }, orderBy: { at: 'asc' }, select: { outcome: true, after: true, clientIp: true } });
    expect(rows.map((row) => [row.outcome, (row.after as { reason: string }).reason])).toEqual([
      ...Array.from({ length: 5 }, () => ['DENIED', 'password']), ['DENIED', 'throttled'], ['DENIED', 'throttled'],
    ]);
    expect(rows.at(-1)?.clientIp).toBe('10.0.0.2');
    // Once the oldest failure is 15 minutes old, the right password works again.
    expect(await attempt('vanphong', PASSWORD, 15)).toMatchObject({ ok: true, user: { name: 'Phạm Thị Thu Trang' } });
  });

  it('starts counting afresh after a success', async () => {
    for (let minute = 20; minute < 24; minute++) await attempt('daibieu', 'sai', minute);
    expect(await attempt('daibieu', 'DaiBieu@2023', 24)).toMatchObject({ ok: true });
    for (let minute = 25; minute < 29; minute++) await attempt('daibieu', 'sai', minute);
    expect(await attempt('daibieu', 'DaiBieu@2023', 29)).toMatchObject({ ok: true });
  });

  it('throttles unknown names alike, so the answer tells nothing about which accounts exist', async () => {
    for (let minute = 30; minute < 35; minute++) expect(await attempt('khongco', 'x', minute, null)).toEqual({ ok: false, reason: 'invalid' });
    expect(await attempt('khongco', 'x', 36, null)).toMatchObject({ ok: false, reason: 'throttled' });
  });

  it('throttles one client address after 20 wrong passwords over several names, not the others', async () => {
    for (let index = 0; index < 20; index++) await attempt(`ten-${index % 4}`, 'x', 40, '203.0.113.9');
    expect(await attempt('quantri', 'QuanTri@2023', 41, '203.0.113.9')).toMatchObject({ ok: false, reason: 'throttled', retryAt: at(55) });
    expect(await attempt('quantri', 'QuanTri@2023', 41, '203.0.113.10')).toMatchObject({ ok: true });
  });
});
