// The accounts' scope goes by the person's unit, and an admin may sit in a unit below the one they
// administer: the demo's department admin (quantri) is a member of the office cell. An admin of that cell
// must not be able to lock that account, reset its second factor or make a set-password link for it —
// together those were a takeover of the department's admin. Nothing is written when refused; the same
// admin still manages the cell's ordinary accounts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/load-actor.ts';
import type { Database } from '../../lib/db/create-client.ts';
import { verifyPassword } from '../../lib/auth/password.ts';
import { changeAccountRoles } from '../../lib/server/accounts/change-account-roles.ts';
import { createAccount } from '../../lib/server/accounts/create-account.ts';
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

describe('a role added by an admin above', () => {
  const TEMPORARY = 'mật khẩu tạm của chi bộ';
  const newcomer = async (fullName: string, username: string, actor: Actor) => {
    const cell = await database.organization.findFirstOrThrow({ where: { name: 'Chi bộ Văn phòng Sở' }, select: { id: true } });
    const member = await database.member.create({ data: { fullName, organizationId: cell.id }, select: { id: true } });
    return (await createAccount({ actor, memberId: member.id, username, password: TEMPORARY, roles: [{ role: 'ATTENDEE', organizationId: cell.id }] })).id;
  };
  const department = () => database.organization.findFirstOrThrow({ where: { symbol: 'ĐUSLĐTBXH' }, select: { id: true } });

  it('withdraws the temporary password and the unused links another admin handed out', async () => {
    // The cell's admin creates the account and makes a link; the department's admin then makes it the department's secretary.
    const userId = await newcomer('Trương Thị Mới', 'truongmoi', cellAdmin);
    await issuePasswordSetupLink({ actor: cellAdmin, userId, appUrl: 'https://hoinghi.example', now: new Date() });
    const departmentAdmin = await demo.actorFor('quantri');
    const cell = await database.organization.findFirstOrThrow({ where: { name: 'Chi bộ Văn phòng Sở' }, select: { id: true } });
    const { version } = await database.user.findUniqueOrThrow({ where: { id: userId }, select: { version: true } });
    const result = await changeAccountRoles({ actor: departmentAdmin, userId, version, roles: [{ role: 'ATTENDEE', organizationId: cell.id }, { role: 'SECRETARY', organizationId: (await department()).id }] });
    expect(result.withdrawn).toEqual({ links: 1, temporaryPassword: true });
    const user = await database.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, mustChangePassword: true, passwordSetupTokens: { select: { usedAt: true } } } });
    // Whoever knew the temporary password or held the link cannot sign in with the new role.
    expect(await verifyPassword(user.passwordHash, TEMPORARY)).toBe(false);
    expect(user.mustChangePassword).toBe(true);
    expect(user.passwordSetupTokens.every((token) => token.usedAt !== null)).toBe(true);
    const audit = await database.auditLog.findFirstOrThrow({ where: { action: 'account.changeRoles', entityId: userId }, orderBy: { id: 'desc' } });
    expect(audit.after).toMatchObject({ withdrawn: { links: 1, temporaryPassword: true } });
  });

  it('keeps what the acting admin handed out, and withdraws nothing when no role is added', async () => {
    const departmentAdmin = await demo.actorFor('quantri');
    const userId = await newcomer('Trương Văn Giữ', 'truonggiu', departmentAdmin);
    const cell = await database.organization.findFirstOrThrow({ where: { name: 'Chi bộ Văn phòng Sở' }, select: { id: true } });
    const { version } = await database.user.findUniqueOrThrow({ where: { id: userId }, select: { version: true } });
    const added = await changeAccountRoles({ actor: departmentAdmin, userId, version, roles: [{ role: 'ATTENDEE', organizationId: cell.id }, { role: 'SECRETARY', organizationId: (await department()).id }] });
    expect(added.withdrawn).toEqual({ links: 0, temporaryPassword: false });
    const user = await database.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
    expect(await verifyPassword(user.passwordHash, TEMPORARY)).toBe(true);
    // The cell's admin removes the cell role (the department's stays, out of the cell's reach): nothing added, nothing withdrawn.
    const other = await newcomer('Trương Thị Bớt', 'truongbot', cellAdmin);
    const otherVersion = (await database.user.findUniqueOrThrow({ where: { id: other }, select: { version: true } })).version;
    expect((await changeAccountRoles({ actor: cellAdmin, userId: other, version: otherVersion, roles: [] })).withdrawn).toEqual({ links: 0, temporaryPassword: false });
  });
});
