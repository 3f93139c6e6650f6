// The accounts' scope goes by the person's unit, and an admin may sit in a unit below the one they
// administer: the demo's department admin (quantri) is a member of the office cell. An admin of that cell
// must not be able to lock that account, reset its second factor or make a set-password link for it —
// together those were a takeover of the department's admin. Nothing is written when refused; the same
// admin still manages the cell's ordinary accounts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/load-actor.ts';
import type { Database } from '../../lib/db/create-client.ts';
import { setAccountActive } from '../../lib/server/accounts/set-account-active.ts';
import { RuleViolationError } from '../../lib/server/errors.ts';
import { setMemberActive } from '../../lib/server/members/set-member-active.ts';
import { issuePasswordSetupLink } from '../../lib/server/password-setup/issue-password-setup-link.ts';
import { resetSecondFactor } from '../../lib/server/second-factor/reset-second-factor.ts';
import { fingerprintDatabase } from '../helpers/database-fingerprint.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

const NOW = new Date('2026-03-02T01:00:00Z');
let demo: DemoDatabase;
let database: Database;
let cellAdmin: Actor;
let departmentAdmin: { id: string; memberId: string; version: number; memberVersion: number };
let cellAccount: { id: string; version: number };

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
  const cell = await database.organization.findFirstOrThrow({ where: { name: 'Chi bộ Văn phòng Sở' }, select: { id: true } });
  // An admin of the office cell only, and an ordinary account of that cell.
  const duc = await database.member.findFirstOrThrow({ where: { fullName: 'Lâm Văn Đức' }, select: { id: true } });
  await database.user.create({ data: { memberId: duc.id, username: 'quantri-chibo', passwordHash: 'x', roles: { create: { role: 'ADMIN', organizationId: cell.id } } } });
  const huong = await database.member.findFirstOrThrow({ where: { fullName: 'Nguyễn Thị Thanh Hương' }, select: { id: true } });
  cellAccount = await database.user.create({
    data: { memberId: huong.id, username: 'huong', passwordHash: 'x', totpSecretEncrypted: 'x', totpEnabledAt: NOW, roles: { create: { role: 'ATTENDEE', organizationId: cell.id } } },
    select: { id: true, version: true },
  });
  // The department's admin has turned on two-step verification.
  const quantri = await database.user.update({ where: { username: 'quantri' }, data: { totpSecretEncrypted: 'x', totpEnabledAt: NOW }, select: { id: true, memberId: true, version: true, member: { select: { version: true } } } });
  departmentAdmin = { id: quantri.id, memberId: quantri.memberId, version: quantri.version, memberVersion: quantri.member.version };
  cellAdmin = await demo.actorFor('quantri-chibo');
});

afterAll(async () => {
  await demo?.close();
});

const refusedBeyondScope = { name: 'RuleViolationError', messageKey: 'account.beyondScope' } satisfies Partial<RuleViolationError>;

describe('an account holding a role beyond the admin’s organisations', () => {
  it('is not locked, reset or handed a set-password link by the admin of the cell its person sits in', async () => {
    const before = await fingerprintDatabase(demo.url);
    await expect(resetSecondFactor({ actor: cellAdmin, userId: departmentAdmin.id, version: departmentAdmin.version })).rejects.toMatchObject(refusedBeyondScope);
    await expect(issuePasswordSetupLink({ actor: cellAdmin, userId: departmentAdmin.id, appUrl: 'https://hoinghi.example', now: NOW })).rejects.toMatchObject(refusedBeyondScope);
    await expect(setAccountActive({ actor: cellAdmin, userId: departmentAdmin.id, version: departmentAdmin.version, active: false })).rejects.toMatchObject(refusedBeyondScope);
    // Nor by deactivating the person, which would lock the account with them.
    await expect(setMemberActive({ actor: cellAdmin, memberId: departmentAdmin.memberId, version: departmentAdmin.memberVersion, active: false })).rejects.toMatchObject(refusedBeyondScope);
    expect(await fingerprintDatabase(demo.url)).toEqual(before);
  });

  it('leaves the cell’s own accounts to the cell’s admin', async () => {
    await resetSecondFactor({ actor: cellAdmin, userId: cellAccount.id, version: cellAccount.version });
    const link = await issuePasswordSetupLink({ actor: cellAdmin, userId: cellAccount.id, appUrl: 'https://hoinghi.example', now: NOW });
    expect(link.url).toMatch(/\/set-password\//);
    const { version } = await database.user.findUniqueOrThrow({ where: { id: cellAccount.id }, select: { version: true } });
    await setAccountActive({ actor: cellAdmin, userId: cellAccount.id, version, active: false });
    expect(await database.user.findUniqueOrThrow({ where: { id: cellAccount.id }, select: { totpEnabledAt: true, deactivatedAt: true } })).toEqual({ totpEnabledAt: null, deactivatedAt: expect.any(Date) });
  });
});
