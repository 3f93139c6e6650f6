// Issue 5, item 4: a one-time set-password link. An admin makes one for an account in their scope: the
// link is shown once and mailed through the outbox; its owner sets a password with it, once, within
// 72 hours, under the password rule; a newer link ends the older; nothing of the token is audited.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Actor } from '../../lib/auth/load-actor.ts';
import { verifyPassword } from '../../lib/auth/password.ts';
import { PermissionDeniedError } from '../../lib/auth/permissions.ts';
import type { Database } from '../../lib/db/create-client.ts';
import { vi as messages } from '../../lib/i18n/messages/vi.ts';
import { hashPasswordSetupToken, newPasswordSetupToken } from '../../lib/security/password-setup-token.ts';
import { createAccount } from '../../lib/server/accounts/create-account.ts';
import { NotFoundError, RuleViolationError } from '../../lib/server/errors.ts';
import { findPasswordSetup } from '../../lib/server/password-setup/find-password-setup.ts';
import { issuePasswordSetupLink } from '../../lib/server/password-setup/issue-password-setup-link.ts';
import { setPasswordWithLink, SetupLinkInvalidError } from '../../lib/server/password-setup/set-password-with-link.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

const request = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('../../lib/auth/session.ts', () => ({ getActor: async () => request.actor }));
vi.mock('../../lib/i18n/server.ts', async () => ({ getMessages: async () => ({ locale: 'vi', t: (await import('../../lib/i18n/messages/vi.ts')).vi }) }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ host: 'hoinghi.test', 'x-forwarded-for': '10.1.2.3' }), cookies: async () => ({ get: () => undefined }) }));
const { issuePasswordSetupLinkAction } = await import('../../app/(app)/accounts/actions.ts');
const { setPasswordWithLinkAction } = await import('../../app/set-password/[token]/actions.ts');

const PASSWORD = 'cánh cò bay lả bay la';
const HOUR = 60 * 60 * 1000;
const T0 = new Date('2026-03-02T01:00:00Z');
const APP = 'https://hoinghi.example';

let demo: DemoDatabase;
let database: Database;
let admin: Actor;
let cellMeritId: string;

function formData(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

const tokenOf = (url: string) => /\/set-password\/([A-Za-z0-9_-]{43})$/.exec(url)![1]!;

/** An account on a temporary password, for a new member of the cell (with an email or not). */
async function newAccount(username: string, email: string | null = `${username}@angiang.example`): Promise<string> {
  const member = await database.member.create({ data: { fullName: `Phan Văn ${username}`, organizationId: cellMeritId, email }, select: { id: true } });
  return (await createAccount({ actor: admin, memberId: member.id, username, password: 'mật khẩu tạm thời 1', roles: [{ role: 'ATTENDEE', organizationId: cellMeritId }] })).id;
}

const rowsOf = async (userId: string) => ({
  tokens: await database.passwordSetupToken.findMany({ where: { userId }, orderBy: { createdAt: 'asc' }, select: { id: true, tokenHash: true, usedAt: true, expiresAt: true } }),
  user: await database.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, mustChangePassword: true } }),
});

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
  admin = await demo.actorFor('quantri');
  cellMeritId = (await database.organization.findFirstOrThrow({ where: { name: 'Chi bộ Phòng Người có công' } })).id;
});

afterAll(async () => {
  await demo?.close();
});

describe('issuing a set-password link', () => {
  it('puts an email with the link into the outbox, stores only the token’s hash, and audits without the token', async () => {
    const userId = await newAccount('hoaiphuong');
    const outboxBefore = await database.outboxMessage.count();
    const link = await issuePasswordSetupLink({ actor: admin, userId, appUrl: APP, now: T0 });
    expect(link).toMatchObject({ toAddress: 'hoaiphuong@angiang.example', emailed: true, expiresAt: new Date(T0.getTime() + 72 * HOUR) });
    expect(link.url).toMatch(new RegExp(`^${APP}/set-password/[A-Za-z0-9_-]{43}$`));
    const token = tokenOf(link.url);

    expect(await database.outboxMessage.count()).toBe(outboxBefore + 1);
    const message = await database.outboxMessage.findFirstOrThrow({ where: { toAddress: 'hoaiphuong@angiang.example' } });
    expect(message.body).toContain(link.url);
    expect(message.body).toContain('hoaiphuong');
    expect(message.status).toBe('PENDING');

    const { tokens } = await rowsOf(userId);
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.tokenHash).toBe(hashPasswordSetupToken(token));
    expect(JSON.stringify(tokens)).not.toContain(token);

    const audit = await database.auditLog.findFirstOrThrow({ where: { action: 'account.issuePasswordSetupLink', entityId: userId } });
    expect(audit.actorUserId).toBe(admin.userId);
    const logged = JSON.stringify(audit, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
    expect(logged).not.toContain(token);
    expect(logged).not.toContain(tokens[0]!.tokenHash);
    expect(audit.after).toMatchObject({ delivery: 'email', outboxMessageId: message.id, passwordSetupTokenId: tokens[0]!.id });
  });

  it('for a member without an email, addresses the message to the username and says it only waits in the outbox', async () => {
    const userId = await newAccount('khongthu', null);
    request.actor = admin;
    const state = await issuePasswordSetupLinkAction({ status: 'idle' }, formData({ userId }));
    expect(state).toMatchObject({ status: 'issued', toAddress: 'khongthu', emailed: false, message: messages.passwordSetup.issuedOutboxOnly.replace('{address}', 'khongthu') });
    if (state.status !== 'issued') throw new Error('not issued');
    const message = await database.outboxMessage.findFirstOrThrow({ where: { toAddress: 'khongthu' } });
    expect(message.body).toContain(state.url);
    expect((await database.auditLog.findFirstOrThrow({ where: { action: 'account.issuePasswordSetupLink', entityId: userId } })).after).toMatchObject({ delivery: 'outbox' });
  });

  it('ends the older unused link when a new one is made', async () => {
    const userId = await newAccount('hailienket');
    const first = tokenOf((await issuePasswordSetupLink({ actor: admin, userId, appUrl: APP, now: T0 })).url);
    const second = tokenOf((await issuePasswordSetupLink({ actor: admin, userId, appUrl: APP, now: new Date(T0.getTime() + HOUR) })).url);
    const later = new Date(T0.getTime() + 2 * HOUR);
    expect(await findPasswordSetup({ token: first, now: later })).toBeNull();
    await expect(setPasswordWithLink({ token: first, newPassword: PASSWORD, now: later })).rejects.toBeInstanceOf(SetupLinkInvalidError);
    expect(await findPasswordSetup({ token: second, now: later })).toMatchObject({ username: 'hailienket' });
    const { tokens } = await rowsOf(userId);
    // The older one is marked as no longer usable; its expiry is left as it was.
    expect(tokens.map((row) => row.usedAt)).toEqual([new Date(T0.getTime() + HOUR), null]);
    expect(tokens[0]!.expiresAt.getTime()).toBe(T0.getTime() + 72 * HOUR);
  });

  it('refuses an admin out of scope, a secretary, the admin’s own account and a deactivated one, writing nothing', async () => {
    const userId = await newAccount('ngoaiphamvi');
    // An admin of another cell: the account lies outside the organisations they administer.
    const cellOffice = await database.organization.findFirstOrThrow({ where: { name: 'Chi bộ Văn phòng Sở' }, select: { id: true } });
    const member = await database.member.create({ data: { fullName: 'Quách Thị Chi Bộ', organizationId: cellOffice.id }, select: { id: true } });
    await database.user.create({ data: { memberId: member.id, username: 'quantrichibo', passwordHash: 'x', roles: { create: { role: 'ADMIN', organizationId: cellOffice.id } } } });
    const cellAdmin = await demo.actorFor('quantrichibo');
    const before = { tokens: await database.passwordSetupToken.count(), outbox: await database.outboxMessage.count() };
    await expect(issuePasswordSetupLink({ actor: cellAdmin, userId, appUrl: APP, now: T0 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(issuePasswordSetupLink({ actor: await demo.actorFor('vanphong'), userId, appUrl: APP, now: T0 })).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(issuePasswordSetupLink({ actor: admin, userId: admin.userId, appUrl: APP, now: T0 })).rejects.toBeInstanceOf(RuleViolationError);
    await database.user.update({ where: { id: userId }, data: { deactivatedAt: T0 } });
    await expect(issuePasswordSetupLink({ actor: admin, userId, appUrl: APP, now: T0 })).rejects.toMatchObject({ messageKey: 'passwordSetup.accountInactive' });
    request.actor = cellAdmin;
    expect(await issuePasswordSetupLinkAction({ status: 'idle' }, formData({ userId }))).toMatchObject({ status: 'error', message: messages.errors.notFound });
    expect({ tokens: await database.passwordSetupToken.count(), outbox: await database.outboxMessage.count() }).toEqual(before);
  });
});

describe('creating an account with a set-password link instead of a temporary password', () => {
  it('makes the account and its link in one go: no password to type, the link shown once and in the outbox', async () => {
    const member = await database.member.create({ data: { fullName: 'Mai Thị Liên Kết', organizationId: cellMeritId, email: 'lienket@angiang.example' }, select: { id: true } });
    const { createAccountAction } = await import('../../app/(app)/accounts/actions.ts');
    request.actor = admin;
    // Choosing the link, an empty temporary password is not asked for.
    const state = await createAccountAction({ status: 'idle' }, formData({ memberId: member.id, username: 'lienket', passwordDelivery: 'link', password: '', role: 'ATTENDEE', roleOrganizationId: cellMeritId }));
    if (state.status !== 'issued') throw new Error(`not issued: ${JSON.stringify(state)}`);
    const user = await database.user.findUniqueOrThrow({ where: { username: 'lienket' }, select: { id: true, mustChangePassword: true } });
    expect(state.accountHref).toBe(`/accounts/${user.id}`);
    expect((await database.outboxMessage.findFirstOrThrow({ where: { toAddress: 'lienket@angiang.example' } })).body).toContain(state.url);
    expect(await database.auditLog.count({ where: { entityId: user.id, action: { in: ['account.create', 'account.issuePasswordSetupLink'] } } })).toBe(2);
    expect(await findPasswordSetup({ token: tokenOf(state.url), now: new Date() })).toMatchObject({ username: 'lienket' });
    // Choosing the temporary password, it is still required.
    const other = await database.member.create({ data: { fullName: 'Mai Văn Tạm', organizationId: cellMeritId }, select: { id: true } });
    const refused = await createAccountAction({ status: 'idle' }, formData({ memberId: other.id, username: 'maivantam', passwordDelivery: 'password', role: 'ATTENDEE', roleOrganizationId: cellMeritId }));
    expect(refused).toMatchObject({ status: 'error', fieldErrors: { password: messages.errors.required } });
  });
});

describe('using a set-password link', () => {
  it('sets the password once, clears the temporary-password state, marks the link used, audits as the account', async () => {
    const userId = await newAccount('dungmotlan');
    expect((await rowsOf(userId)).user.mustChangePassword).toBe(true);
    const token = tokenOf((await issuePasswordSetupLink({ actor: admin, userId, appUrl: APP, now: T0 })).url);
    // Another unused link of the account, made meanwhile: using this one ends it too.
    const stray = newPasswordSetupToken();
    await database.passwordSetupToken.create({ data: { userId, tokenHash: hashPasswordSetupToken(stray), createdAt: T0, expiresAt: new Date(T0.getTime() + 72 * HOUR) } });
    const at = new Date(T0.getTime() + 5 * HOUR);

    expect(await findPasswordSetup({ token, now: at })).toMatchObject({ username: 'dungmotlan' });
    await setPasswordWithLink({ token, newPassword: PASSWORD, now: at, clientIp: '10.9.8.7' });
    const { user, tokens } = await rowsOf(userId);
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
    expect(user.mustChangePassword).toBe(false);
    expect(tokens.find((row) => row.tokenHash === hashPasswordSetupToken(token))!.usedAt).toEqual(at);
    expect(tokens.find((row) => row.tokenHash === hashPasswordSetupToken(stray))).toMatchObject({ usedAt: at });

    const audit = await database.auditLog.findFirstOrThrow({ where: { action: 'account.setPasswordWithLink', entityId: userId } });
    expect(audit).toMatchObject({ actorUserId: userId, outcome: 'SUCCESS', clientIp: '10.9.8.7' });
    expect(JSON.stringify({ ...audit, id: null })).not.toMatch(new RegExp(`${token}|argon2|${hashPasswordSetupToken(token)}`));

    // Twice: refused, and the password stays the one just set.
    await expect(setPasswordWithLink({ token, newPassword: 'một mật khẩu khác hẳn', now: at })).rejects.toBeInstanceOf(SetupLinkInvalidError);
    await expect(setPasswordWithLink({ token: stray, newPassword: 'một mật khẩu khác hẳn', now: at })).rejects.toBeInstanceOf(SetupLinkInvalidError);
    expect(await verifyPassword((await rowsOf(userId)).user.passwordHash, PASSWORD)).toBe(true);
  });

  it('through the page’s action: done once, then the neutral sentence — the same as for a token never issued', async () => {
    const userId = await newAccount('quatrang');
    request.actor = admin;
    const issued = await issuePasswordSetupLinkAction({ status: 'idle' }, formData({ userId }));
    if (issued.status !== 'issued') throw new Error(`not issued: ${JSON.stringify(issued)}`);
    const token = tokenOf(issued.url);
    request.actor = null;
    const fields = { token, newPassword: PASSWORD, confirmPassword: PASSWORD };
    expect(await setPasswordWithLinkAction({ status: 'idle' }, formData(fields))).toEqual({ status: 'done', message: messages.passwordSetup.done.replace('{username}', 'quatrang') });
    const used = await setPasswordWithLinkAction({ status: 'idle' }, formData(fields));
    const unknown = await setPasswordWithLinkAction({ status: 'idle' }, formData({ ...fields, token: newPasswordSetupToken() }));
    const malformed = await setPasswordWithLinkAction({ status: 'idle' }, formData({ ...fields, token: '../../etc/passwd' }));
    expect(used).toEqual({ status: 'error', message: messages.passwordSetup.invalid, fieldErrors: {}, values: {} });
    expect(unknown).toEqual(used);
    expect(malformed).toEqual(used);
    expect((await database.auditLog.findFirstOrThrow({ where: { action: 'account.setPasswordWithLink', entityId: userId } })).clientIp).toBe('10.1.2.3');
  });

  it('refuses an expired link, and one whose account was deactivated meanwhile', async () => {
    const userId = await newAccount('hethan');
    const token = tokenOf((await issuePasswordSetupLink({ actor: admin, userId, appUrl: APP, now: T0 })).url);
    const justBefore = new Date(T0.getTime() + 72 * HOUR - 1);
    const atExpiry = new Date(T0.getTime() + 72 * HOUR);
    expect(await findPasswordSetup({ token, now: justBefore })).not.toBeNull();
    expect(await findPasswordSetup({ token, now: atExpiry })).toBeNull();
    await expect(setPasswordWithLink({ token, newPassword: PASSWORD, now: atExpiry })).rejects.toBeInstanceOf(SetupLinkInvalidError);

    const other = await newAccount('dakhoa');
    const otherToken = tokenOf((await issuePasswordSetupLink({ actor: admin, userId: other, appUrl: APP, now: T0 })).url);
    await database.user.update({ where: { id: other }, data: { deactivatedAt: T0 } });
    expect(await findPasswordSetup({ token: otherToken, now: T0 })).toBeNull();
    await expect(setPasswordWithLink({ token: otherToken, newPassword: PASSWORD, now: T0 })).rejects.toBeInstanceOf(SetupLinkInvalidError);
    expect((await rowsOf(other)).tokens[0]!.usedAt).toBeNull();
  });

  it('applies the password rule (length, common, the username) and the repeat, leaving the link unused', async () => {
    const userId = await newAccount('quytac');
    const token = tokenOf((await issuePasswordSetupLink({ actor: admin, userId, appUrl: APP, now: new Date() })).url);
    const before = await rowsOf(userId);
    const attempt = (newPassword: string, confirmPassword = newPassword) => setPasswordWithLinkAction({ status: 'idle' }, formData({ token, newPassword, confirmPassword }));
    expect(await attempt('ngắn')).toMatchObject({ status: 'error', fieldErrors: { newPassword: messages.errors['password.tooShort'] } });
    expect(await attempt('matkhau123')).toMatchObject({ status: 'error', fieldErrors: { newPassword: messages.errors['password.common'] } });
    expect(await attempt('Quytac2026')).toMatchObject({ status: 'error', fieldErrors: { newPassword: messages.errors['password.containsUsername'] } });
    expect(await attempt(PASSWORD, `${PASSWORD}!`)).toMatchObject({ status: 'error', fieldErrors: { confirmPassword: messages.errors['password.mismatch'] } });
    // No password comes back in any answer.
    expect(JSON.stringify(await attempt(PASSWORD, 'khác'))).not.toContain(PASSWORD);
    expect(await rowsOf(userId)).toEqual(before);
    expect(await findPasswordSetup({ token, now: new Date() })).not.toBeNull();
  });
});
