// Issue 5, accounts: an admin creates accounts for members of the organisations they administer,
// with roles scoped there and a temporary password; changes roles from the version shown; deactivates
// and reactivates. Users change their own password, which ends a temporary one.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadActor, type Actor } from '../../lib/auth/load-actor.ts';
import { verifyPassword } from '../../lib/auth/password.ts';
import type { Database } from '../../lib/db/create-client.ts';
import { vi as messages } from '../../lib/i18n/messages/vi.ts';
import type { ActionState } from '../../lib/schemas/action-state.ts';
import type { SetupLinkState } from '../../lib/schemas/password-setup.ts';
import { changeAccountRoles } from '../../lib/server/accounts/change-account-roles.ts';
import { createAccount } from '../../lib/server/accounts/create-account.ts';
import { findAccounts } from '../../lib/server/accounts/find-accounts.ts';
import { setAccountActive } from '../../lib/server/accounts/set-account-active.ts';
import { NotFoundError, RuleViolationError, StaleRecordError } from '../../lib/server/errors.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

// The actions read the session through next-auth and the language from a cookie; here the test says who is signed in.
const request = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('../../lib/auth/session.ts', () => ({ getActor: async () => request.actor }));
vi.mock('../../lib/i18n/server.ts', async () => ({ getMessages: async () => ({ locale: 'vi', t: (await import('../../lib/i18n/messages/vi.ts')).vi }) }));
const { createAccountAction, changeAccountRolesAction } = await import('../../app/(app)/accounts/actions.ts');
const { changeOwnPasswordAction } = await import('../../app/account/password/actions.ts');

const errors = messages.errors as Record<string, string>;
const PASSWORD = 'hoa sen nở giữa đồng';

let demo: DemoDatabase;
let database: Database;
let admin: Actor;
let cellMeritId: string;
let blockId: string;

function formData(fields: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const one of Array.isArray(value) ? value : [value]) form.append(name, one);
  return form;
}

/** Calls an action as `actor`; the actions redirect on success (which throws NEXT_REDIRECT), so only refusals come back. */
async function call<S extends ActionState | SetupLinkState>(action: (state: S, form: FormData) => Promise<S>, actor: Actor, fields: Record<string, string | string[]>): Promise<S> {
  request.actor = actor;
  return action({ status: 'idle' } as S, formData(fields));
}

async function newMember(fullName: string, organizationId = cellMeritId): Promise<string> {
  return (await database.member.create({ data: { fullName, organizationId }, select: { id: true } })).id;
}

/** What the database holds, to show that a refused call changed nothing. */
const counts = async () => ({ users: await database.user.count(), roles: await database.userRole.count(), audit: await database.auditLog.count({ where: { outcome: 'SUCCESS' } }) });

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
  admin = await demo.actorFor('quantri');
  cellMeritId = (await database.organization.findFirstOrThrow({ where: { name: 'Chi bộ Phòng Người có công' } })).id;
  blockId = (await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUK' } })).id;
});

afterAll(async () => {
  await demo?.close();
});

describe('creating an account', () => {
  it('creates the login of a member, scoped roles, a temporary password to change, and an audit row without the hash', async () => {
    const memberId = await newMember('Trịnh Thị Kim Yến');
    const { id } = await createAccount({ actor: admin, memberId, username: 'kimyen', password: PASSWORD, roles: [{ role: 'SECRETARY', organizationId: cellMeritId }] });
    const user = await database.user.findUniqueOrThrow({ where: { id }, select: { username: true, mustChangePassword: true, passwordHash: true, roles: { select: { role: true, organizationId: true } } } });
    expect(user).toMatchObject({ username: 'kimyen', mustChangePassword: true, roles: [{ role: 'SECRETARY', organizationId: cellMeritId }] });
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
    const audit = await database.auditLog.findFirstOrThrow({ where: { action: 'account.create', entityId: id } });
    expect(JSON.stringify(audit.after)).not.toMatch(/argon2|passwordHash/);
    // The new secretary manages that cell only.
    const actor = await loadActor(id);
    expect(actor?.managedOrganizationIds).toEqual([cellMeritId]);
    expect((await findAccounts({ actor: admin })).map((account) => account.username)).toContain('kimyen');
  });

  it('normalises the username as sign-in does, and refuses one already taken next to the field', async () => {
    const memberId = await newMember('Lạc Văn Trùng');
    const before = await counts();
    const state = await call(createAccountAction, admin, { memberId, username: '  VanPhong ', password: PASSWORD, role: 'ATTENDEE', roleOrganizationId: cellMeritId });
    expect(state).toMatchObject({ status: 'error', fieldErrors: { username: errors['account.usernameTaken']!.replace('{username}', 'vanphong') } });
    // The typed password is never sent back to the browser.
    expect(state.status === 'error' ? state.values : {}).not.toHaveProperty('password');
    expect(await counts()).toEqual(before);
  });

  it('refuses a member who already has an account', async () => {
    const yen = await database.member.findFirstOrThrow({ where: { user: { username: 'kimyen' } }, select: { id: true } });
    const state = await call(createAccountAction, admin, { memberId: yen.id, username: 'kimyen2', password: PASSWORD, role: 'ATTENDEE', roleOrganizationId: cellMeritId });
    expect(state).toMatchObject({ status: 'error', fieldErrors: { memberId: errors['account.memberHasAccount']!.replace('{username}', 'kimyen') } });
  });

  it('refuses a role scoped outside the admin’s organisations, and a member outside them', async () => {
    const before = await counts();
    const memberId = await newMember('Kha Văn Ngoài');
    const outside = await call(createAccountAction, admin, { memberId, username: 'khangoai', password: PASSWORD, role: ['SECRETARY', 'ATTENDEE'], roleOrganizationId: [cellMeritId, blockId] });
    expect(outside).toMatchObject({ status: 'error', fieldErrors: { roles: errors['account.roleOutOfScope'] } });
    const blockMember = await newMember('Kha Thị Khối', blockId);
    await expect(createAccount({ actor: admin, memberId: blockMember, username: 'khathikhoi', password: PASSWORD, roles: [{ role: 'ATTENDEE', organizationId: cellMeritId }] })).rejects.toBeInstanceOf(NotFoundError);
    expect({ ...(await counts()) }).toEqual(before);
  });

  it('refuses a common password, the username as password, and no role, with messages in the user’s language', async () => {
    const memberId = await newMember('Mạc Thị Mật');
    const weak = await call(createAccountAction, admin, { memberId, username: 'macmat', password: 'matkhau123', role: 'ATTENDEE', roleOrganizationId: cellMeritId });
    expect(weak).toMatchObject({ status: 'error', fieldErrors: { password: errors['password.common'] } });
    const own = await call(createAccountAction, admin, { memberId, username: 'macmat', password: 'macmat2024', role: 'ATTENDEE', roleOrganizationId: cellMeritId });
    expect(own).toMatchObject({ status: 'error', fieldErrors: { password: errors['password.containsUsername'] } });
    const noRole = await call(createAccountAction, admin, { memberId, username: 'macmat', password: PASSWORD, role: ['', ''], roleOrganizationId: ['', ''] });
    expect(noRole).toMatchObject({ status: 'error', fieldErrors: { roles: errors['account.roleRequired'] } });
  });
});

describe('changing roles, deactivating', () => {
  it('changes roles from the version shown and refuses a stale form, changing nothing', async () => {
    const user = await database.user.findUniqueOrThrow({ where: { username: 'kimyen' }, select: { id: true, version: true } });
    await changeAccountRoles({ actor: admin, userId: user.id, version: user.version, roles: [{ role: 'ATTENDEE', organizationId: cellMeritId }] });
    expect((await loadActor(user.id))?.roles).toEqual(['ATTENDEE']);
    await expect(changeAccountRoles({ actor: admin, userId: user.id, version: user.version, roles: [{ role: 'ADMIN', organizationId: cellMeritId }] })).rejects.toBeInstanceOf(StaleRecordError);
    expect((await loadActor(user.id))?.roles).toEqual(['ATTENDEE']);
    // Back to secretary for the tests below, through the action this time.
    const state = await call(changeAccountRolesAction, admin, { userId: user.id, version: String(user.version), role: 'SECRETARY', roleOrganizationId: cellMeritId });
    expect(state).toMatchObject({ status: 'error' });
    await changeAccountRoles({ actor: admin, userId: user.id, version: user.version + 1, roles: [{ role: 'SECRETARY', organizationId: cellMeritId }] });
    expect((await loadActor(user.id))?.roles).toEqual(['SECRETARY']);
  });

  it('deactivation takes effect on the next request (loadActor says nobody); reactivation gives the account back', async () => {
    const user = await database.user.findUniqueOrThrow({ where: { username: 'kimyen' }, select: { id: true, version: true } });
    await setAccountActive({ actor: admin, userId: user.id, version: user.version, active: false });
    expect(await loadActor(user.id)).toBeNull();
    expect(await database.user.count({ where: { id: user.id } })).toBe(1);
    await setAccountActive({ actor: admin, userId: user.id, version: user.version + 1, active: true });
    expect(await loadActor(user.id)).not.toBeNull();
    expect(await database.auditLog.count({ where: { entityId: user.id, action: { in: ['account.deactivate', 'account.reactivate'] } } })).toBe(2);
  });

  it('an admin cannot deactivate their own account', async () => {
    const self = await database.user.findUniqueOrThrow({ where: { id: admin.userId }, select: { version: true } });
    await expect(setAccountActive({ actor: admin, userId: admin.userId, version: self.version, active: false })).rejects.toBeInstanceOf(RuleViolationError);
    expect(await loadActor(admin.userId)).not.toBeNull();
  });
});

describe('changing one’s own password', () => {
  it('a temporary password allows nothing but changing it', async () => {
    const yen = await demo.actorFor('kimyen');
    expect(yen.mustChangePassword).toBe(true);
    const state = await call(createAccountAction, { ...yen, roles: ['ADMIN'] }, {});
    expect(state).toMatchObject({ status: 'error', message: errors.mustChangePassword });
  });

  it('refuses a wrong current password and a mismatched confirmation, then changes it and clears the flag', async () => {
    const yen = await demo.actorFor('kimyen');
    const wrong = await call(changeOwnPasswordAction, yen, { currentPassword: 'không phải mật khẩu', newPassword: 'cây lúa miền tây', confirmPassword: 'cây lúa miền tây' });
    expect(wrong).toMatchObject({ status: 'error', fieldErrors: { currentPassword: errors['password.wrongCurrent'] } });
    expect(wrong.status === 'error' ? wrong.values : {}).toEqual({});
    const mismatch = await call(changeOwnPasswordAction, yen, { currentPassword: PASSWORD, newPassword: 'cây lúa miền tây', confirmPassword: 'cây lúa miền đông' });
    expect(mismatch).toMatchObject({ status: 'error', fieldErrors: { confirmPassword: errors['password.mismatch'] } });
    const username = await call(changeOwnPasswordAction, yen, { currentPassword: PASSWORD, newPassword: 'KimYen2025', confirmPassword: 'KimYen2025' });
    expect(username).toMatchObject({ status: 'error', fieldErrors: { newPassword: errors['password.containsUsername'] } });
    expect((await loadActor(yen.userId))?.mustChangePassword).toBe(true);

    // Success redirects to the home page.
    await expect(call(changeOwnPasswordAction, yen, { currentPassword: PASSWORD, newPassword: 'cây lúa miền tây', confirmPassword: 'cây lúa miền tây' })).rejects.toThrow(/NEXT_REDIRECT/);
    const user = await database.user.findUniqueOrThrow({ where: { id: yen.userId }, select: { mustChangePassword: true, passwordHash: true } });
    expect(user.mustChangePassword).toBe(false);
    expect(await verifyPassword(user.passwordHash, 'cây lúa miền tây')).toBe(true);
    const audit = await database.auditLog.findFirstOrThrow({ where: { action: 'account.changePassword', entityId: yen.userId }, orderBy: { id: 'desc' } });
    expect(audit).toMatchObject({ actorUserId: yen.userId, before: { mustChangePassword: true }, after: { mustChangePassword: false } });
    expect(JSON.stringify([audit.before, audit.after])).not.toMatch(/argon2|passwordHash/);
  });
});
