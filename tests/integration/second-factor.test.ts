// Issue 5, the second factor: TOTP enrolment with recovery codes, sign-in that needs the code, the
// throttle counting wrong codes, the admins' policy that forces enrolment, an admin's reset, turning
// it off. Time is injected (the use cases take `now`; the actions read the test clock).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { authenticate } from '../../lib/auth/authenticate.ts';
import { loadActor, type Actor } from '../../lib/auth/load-actor.ts';
import type { Database } from '../../lib/db/create-client.ts';
import { vi as messages } from '../../lib/i18n/messages/vi.ts';
import type { RecoveryCodesState } from '../../lib/schemas/second-factor.ts';
import { NotFoundError, RuleViolationError, StaleRecordError } from '../../lib/server/errors.ts';
import { confirmSecondFactor } from '../../lib/server/second-factor/confirm-second-factor.ts';
import { disableSecondFactor } from '../../lib/server/second-factor/disable-second-factor.ts';
import { getOwnSecondFactor } from '../../lib/server/second-factor/get-own-second-factor.ts';
import { regenerateRecoveryCodes } from '../../lib/server/second-factor/regenerate-recovery-codes.ts';
import { resetSecondFactor } from '../../lib/server/second-factor/reset-second-factor.ts';
import { setSecondFactorPolicy } from '../../lib/server/second-factor/set-second-factor-policy.ts';
import { decryptTotpSecret, encryptTotpSecret, totpCode, TOTP_PERIOD_SECONDS } from '../../lib/security/totp.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

const request = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('../../lib/auth/session.ts', () => ({ getActor: async () => request.actor }));
// Outside a request there is no client router to refresh.
vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<object>()), refresh: () => undefined }));
vi.mock('../../lib/i18n/server.ts', async () => ({ getMessages: async () => ({ locale: 'vi', t: (await import('../../lib/i18n/messages/vi.ts')).vi }) }));
const { confirmSecondFactorAction, disableSecondFactorAction } = await import('../../app/account/security/actions.ts');
const { changeOwnPasswordAction } = await import('../../app/account/password/actions.ts');
const { resetSecondFactorAction, setSecondFactorPolicyAction } = await import('../../app/(app)/accounts/security/actions.ts');
const { GET: exportTasks } = await import('../../app/api/tasks/export/route.ts');

const errors = messages.errors as Record<string, string>;
const SERVER_SECRET = 'integration-tests-secret-at-least-32-characters';
const PASSWORD = 'VanPhong@2023';
/** The n-th 30-second step after a fixed instant: each test uses its own steps, so no code is a replay by accident. */
const step = (n: number) => new Date(Date.UTC(2026, 10, 25, 1, 0, 5) + n * TOTP_PERIOD_SECONDS * 1000);

let demo: DemoDatabase;
let database: Database;
let admin: Actor;
let secretary: Actor;
let departmentId: string;

function formData(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

async function call<S>(action: (state: S, form: FormData) => Promise<S>, actor: Actor, fields: Record<string, string>): Promise<S> {
  request.actor = actor;
  return action({ status: 'idle' } as S, formData(fields));
}

/** Enrols `actor` at `at` as the page and form do; returns the plain secret and the recovery codes shown. */
async function enrol(actor: Actor, at: Date): Promise<{ secret: string; recoveryCodes: string[] }> {
  const { offer } = await getOwnSecondFactor({ actor });
  if (!offer) throw new Error('already enrolled');
  const { recoveryCodes } = await confirmSecondFactor({ actor, pendingSecret: offer.pendingSecret, code: totpCode({ secret: offer.secret, at }), now: at });
  return { secret: offer.secret, recoveryCodes };
}

/** A new account of the department with the given role and a known password hash (the secretary's). */
async function newAccount(username: string, role: 'ADMIN' | 'SECRETARY' | 'ATTENDEE'): Promise<Actor> {
  const member = await database.member.create({ data: { fullName: `Người Thử ${username}`, organizationId: departmentId }, select: { id: true } });
  const { passwordHash } = await database.user.findUniqueOrThrow({ where: { username: 'vanphong' }, select: { passwordHash: true } });
  await database.user.create({ data: { memberId: member.id, username, passwordHash, roles: { create: { role, organizationId: departmentId } } } });
  return demo.actorFor(username);
}

async function setPolicy(policy: { admin: boolean; secretary: boolean }) {
  const row = await database.appSetting.findUnique({ where: { key: 'security.requireSecondFactor' }, select: { version: true } });
  await setSecondFactorPolicy({ actor: admin, version: row?.version ?? 0, ...policy });
}

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
  admin = await demo.actorFor('quantri');
  secretary = await demo.actorFor('vanphong');
  departmentId = (await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUSLĐTBXH' } })).id;
});

afterEach(async () => {
  delete process.env.APP_ALLOW_FAKE_CLOCK;
  delete process.env.APP_FAKE_NOW;
});

afterAll(async () => {
  await demo?.close();
});

describe('enrolment', () => {
  it('offers a secret and a QR code without storing anything, then enables it with a first code and ten recovery codes shown once', async () => {
    const actor = await newAccount('thu.enrol', 'SECRETARY');
    const { offer, enabledAt } = await getOwnSecondFactor({ actor });
    expect(enabledAt).toBeNull();
    expect(offer?.qrSvg).toMatch(/^<svg[^>]*viewBox/);
    expect(offer?.qrSvg).not.toMatch(/<script|style=/);
    expect(await database.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { totpSecretEncrypted: true } })).toEqual({ totpSecretEncrypted: null });
    const secret = offer!.secret;

    // A wrong code, and an offer sealed for someone else, change nothing.
    await expect(confirmSecondFactor({ actor, pendingSecret: offer!.pendingSecret, code: totpCode({ secret, at: step(-5) }), now: step(0) })).rejects.toMatchObject({ messageKey: 'secondFactor.wrongCode', field: 'code' });
    const foreign = encryptTotpSecret({ serverSecret: SERVER_SECRET, userId: admin.userId, secret, purpose: 'enrolment' });
    await expect(confirmSecondFactor({ actor, pendingSecret: foreign, code: totpCode({ secret, at: step(0) }), now: step(0) })).rejects.toMatchObject({ messageKey: 'secondFactor.enrolmentExpired' });
    expect(await database.recoveryCode.count({ where: { userId: actor.userId } })).toBe(0);

    const { recoveryCodes } = await confirmSecondFactor({ actor, pendingSecret: offer!.pendingSecret, code: totpCode({ secret, at: step(0) }), now: step(0) });
    expect(recoveryCodes).toHaveLength(10);
    const user = await database.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { totpSecretEncrypted: true, totpEnabledAt: true, totpLastStep: true, recoveryCodes: { select: { codeHash: true } } } });
    expect(user.totpEnabledAt).toEqual(step(0));
    expect(user.totpSecretEncrypted).not.toContain(secret);
    expect(decryptTotpSecret({ serverSecret: SERVER_SECRET, userId: actor.userId, encrypted: user.totpSecretEncrypted! })).toBe(secret);
    expect(user.recoveryCodes).toHaveLength(10);
    const hashes = user.recoveryCodes.map((row) => row.codeHash);
    for (const code of recoveryCodes) expect(hashes.some((hash) => hash.includes(code.replace(/-/g, '')))).toBe(false);
    const audit = await database.auditLog.findFirstOrThrow({ where: { action: 'account.enableSecondFactor', entityId: actor.userId } });
    expect(audit).toMatchObject({ actorUserId: actor.userId, after: { recoveryCodes: 10 } });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(secret);

    // A second confirmation (another tab) cannot replace the secret; the page now offers nothing.
    await expect(confirmSecondFactor({ actor, pendingSecret: offer!.pendingSecret, code: totpCode({ secret, at: step(1) }), now: step(1) })).rejects.toMatchObject({ messageKey: 'secondFactor.alreadyEnabled' });
    expect(await getOwnSecondFactor({ actor })).toMatchObject({ offer: null, unusedRecoveryCodes: 10 });
  });

  it('through the form: an empty or malformed code is refused next to the field and never echoed back', async () => {
    const actor = await newAccount('thu.form', 'ATTENDEE');
    const { offer } = await getOwnSecondFactor({ actor });
    const state = await call<RecoveryCodesState>(confirmSecondFactorAction, actor, { pendingSecret: offer!.pendingSecret, code: '12ab56' });
    expect(state).toMatchObject({ status: 'error', fieldErrors: { code: errors['secondFactor.codeFormat'] } });
    expect(state.status === 'error' ? state.values : {}).not.toHaveProperty('code');
    expect(state.status === 'error' ? state.values : {}).not.toHaveProperty('pendingSecret');
  });
});

describe('signing in with a second factor', () => {
  it('asks for the code after the right password, accepts the current code once, and counts wrong codes in the throttle', async () => {
    const { secret } = await enrol(secretary, step(10));
    const signIn = (at: Date, code?: string, clientAddress = '10.9.0.1') => authenticate({ username: 'vanphong', password: PASSWORD, code, clientAddress, now: at });

    // Password alone: not enough, and the wrong password is still just "invalid" (nothing says a code is needed).
    expect(await signIn(step(12))).toEqual({ ok: false, reason: 'secondFactorRequired' });
    expect(await authenticate({ username: 'vanphong', password: 'sai mật khẩu', clientAddress: '10.9.0.1', now: step(12) })).toEqual({ ok: false, reason: 'invalid' });
    const current = totpCode({ secret, at: step(13) });
    expect(await signIn(step(13), current)).toMatchObject({ ok: true, user: { id: secretary.userId } });
    // The same code again (someone watching over a shoulder) is refused: its step is used.
    expect(await signIn(step(13), current)).toEqual({ ok: false, reason: 'invalid' });
    // The enrolment code's step cannot sign in either.
    expect(await signIn(step(10), totpCode({ secret, at: step(10) }))).toEqual({ ok: false, reason: 'invalid' });

    const reasons = await database.auditLog.findMany({ where: { action: 'auth.login', after: { path: ['username'], equals: 'vanphong' } }, orderBy: { id: 'asc' }, select: { outcome: true, after: true } });
    expect(reasons.map((row) => [row.outcome, (row.after as { reason: string }).reason])).toEqual([
      ['DENIED', 'secondFactorRequired'], ['DENIED', 'password'], ['SUCCESS', 'totp'], ['DENIED', 'secondFactor'], ['DENIED', 'secondFactor'],
    ]);

    // Wrong codes count like wrong passwords: 5 within 15 minutes lock the name, even for the right code.
    const later = step(60);
    for (let index = 0; index < 5; index++) expect(await signIn(later, '000000', `10.9.1.${index}`)).toEqual({ ok: false, reason: 'invalid' });
    const locked = await signIn(later, totpCode({ secret, at: later }), '10.9.2.1');
    expect(locked).toMatchObject({ ok: false, reason: 'throttled' });
    // Once the window has passed, the right code works again.
    const afterLock = new Date(later.getTime() + 16 * 60 * 1000);
    expect(await signIn(afterLock, totpCode({ secret, at: afterLock }), '10.9.2.1')).toMatchObject({ ok: true });
  });

  it('accepts each recovery code once, in any case and spacing, and logs its use', async () => {
    const actor = await newAccount('thu.recovery', 'SECRETARY');
    const { recoveryCodes } = await enrol(actor, step(100));
    const [first, second] = recoveryCodes as [string, string];
    const signIn = (code: string, at: Date) => authenticate({ username: 'thu.recovery', password: PASSWORD, code, clientAddress: '10.9.3.1', now: at });
    expect(await signIn(first, step(101))).toMatchObject({ ok: true });
    expect(await signIn(first, step(102))).toEqual({ ok: false, reason: 'invalid' });
    expect(await signIn(` ${second.toUpperCase().replace(/-/g, ' ')} `, step(103))).toMatchObject({ ok: true });
    expect(await database.recoveryCode.count({ where: { userId: actor.userId, usedAt: { not: null } } })).toBe(2);
    const used = await database.auditLog.findMany({ where: { action: 'account.useRecoveryCode', entityId: actor.userId }, orderBy: { id: 'asc' }, select: { actorUserId: true, after: true } });
    expect(used).toEqual([{ actorUserId: actor.userId, after: expect.objectContaining({ remaining: 9 }) }, { actorUserId: actor.userId, after: expect.objectContaining({ remaining: 8 }) }]);
    const success = await database.auditLog.findFirstOrThrow({ where: { action: 'auth.login', outcome: 'SUCCESS', entityId: actor.userId }, orderBy: { id: 'desc' }, select: { after: true } });
    expect(success.after).toMatchObject({ reason: 'recoveryCode' });
  });

  it('makes new recovery codes only with a current code; the old ones stop working', async () => {
    const actor = await newAccount('thu.regen', 'ATTENDEE');
    const { secret, recoveryCodes: old } = await enrol(actor, step(200));
    await expect(regenerateRecoveryCodes({ actor, code: '123456', now: step(201) })).rejects.toMatchObject({ messageKey: 'secondFactor.wrongCode' });
    const { recoveryCodes } = await regenerateRecoveryCodes({ actor, code: totpCode({ secret, at: step(201) }), now: step(201) });
    expect(recoveryCodes).toHaveLength(10);
    expect(recoveryCodes.some((code) => old.includes(code))).toBe(false);
    const signIn = (code: string, at: Date) => authenticate({ username: 'thu.regen', password: PASSWORD, code, clientAddress: '10.9.4.1', now: at });
    expect(await signIn(old[0]!, step(202))).toEqual({ ok: false, reason: 'invalid' });
    expect(await signIn(recoveryCodes[0]!, step(203))).toMatchObject({ ok: true });
    expect(await database.auditLog.count({ where: { action: 'account.regenerateRecoveryCodes', entityId: actor.userId } })).toBe(1);
  });
});

describe('the policy', () => {
  it('is saved from the version shown, audited, and sends an unenrolled holder of a required role to enrol: every other action is refused', async () => {
    const waiting = await newAccount('thu.policy', 'SECRETARY');
    const attendee = await newAccount('thu.attendee', 'ATTENDEE');
    expect(waiting.mustEnrolSecondFactor).toBe(false);

    request.actor = admin;
    expect(await setSecondFactorPolicyAction({ status: 'idle' }, formData({ version: '0', secretary: 'on' }))).toMatchObject({ status: 'success', message: messages.secondFactor.policy.saved });
    expect(await database.appSetting.findUniqueOrThrow({ where: { key: 'security.requireSecondFactor' } })).toMatchObject({ value: { admin: false, secretary: true }, version: 1 });
    expect(await database.auditLog.findFirstOrThrow({ where: { action: 'security.setSecondFactorPolicy' } })).toMatchObject({ actorUserId: admin.userId, entity: 'AppSetting', before: { admin: false, secretary: false }, after: { admin: false, secretary: true } });
    // A form loaded before that save is stale, and says who saved.
    const stale = await setSecondFactorPolicyAction({ status: 'idle' }, formData({ version: '0', admin: 'on' }));
    expect(stale).toMatchObject({ status: 'error' });
    expect(stale.status === 'error' ? stale.message : '').toContain(admin.name);
    await expect(setSecondFactorPolicy({ actor: admin, version: 0, admin: true, secretary: true })).rejects.toBeInstanceOf(StaleRecordError);

    const forced = (await loadActor(waiting.userId))!;
    expect(forced.mustEnrolSecondFactor).toBe(true);
    expect((await loadActor(attendee.userId))!.mustEnrolSecondFactor).toBe(false);
    // Anything else is refused, the change of password included; enrolment itself goes through.
    const refused = await call(changeOwnPasswordAction, forced, { currentPassword: PASSWORD, newPassword: 'một câu mật khẩu mới', confirmPassword: 'một câu mật khẩu mới' });
    expect(refused).toMatchObject({ status: 'error', message: errors.mustEnrolSecondFactor });
    // Downloads too: the export routes are no way around the enrolment.
    request.actor = forced;
    const download = await exportTasks(new Request('http://127.0.0.1/api/tasks/export'));
    expect([download.status, await download.text()]).toEqual([403, errors.mustEnrolSecondFactor]);
    const { offer } = await getOwnSecondFactor({ actor: forced });
    process.env.APP_ALLOW_FAKE_CLOCK = '1';
    process.env.APP_FAKE_NOW = step(300).toISOString();
    const enrolled = await call<RecoveryCodesState>(confirmSecondFactorAction, forced, { pendingSecret: offer!.pendingSecret, code: totpCode({ secret: offer!.secret, at: step(300) }) });
    expect(enrolled).toMatchObject({ status: 'codes', message: messages.secondFactor.enabledDone });
    expect(enrolled.status === 'codes' ? enrolled.codes : []).toHaveLength(10);
    expect((await loadActor(waiting.userId))!.mustEnrolSecondFactor).toBe(false);
    await setPolicy({ admin: false, secretary: false });
  });

  it('is set by a top-level admin only: an admin of one cell under them finds no policy to set', async () => {
    const cell = await database.organization.findFirstOrThrow({ where: { parentId: departmentId, kind: 'CELL' }, select: { id: true } });
    const member = await database.member.create({ data: { fullName: 'Người Thử quản trị chi bộ', organizationId: cell.id }, select: { id: true } });
    await database.user.create({ data: { memberId: member.id, username: 'quantri.chibo', passwordHash: 'x', roles: { create: { role: 'ADMIN', organizationId: cell.id } } } });
    const cellAdmin = await demo.actorFor('quantri.chibo');
    const before = await database.appSetting.findMany();
    await expect(setSecondFactorPolicy({ actor: cellAdmin, version: before[0]?.version ?? 0, admin: true, secretary: true })).rejects.toBeInstanceOf(NotFoundError);
    expect(await database.appSetting.findMany()).toEqual(before);
  });

  it('refuses to turn the second factor off while the policy requires it, and allows it with a code once it does not', async () => {
    const actor = await newAccount('thu.disable', 'SECRETARY');
    const { secret } = await enrol(actor, step(400));
    await setPolicy({ admin: false, secretary: true });
    await expect(disableSecondFactor({ actor, code: totpCode({ secret, at: step(401) }), now: step(401) })).rejects.toMatchObject({ messageKey: 'secondFactor.requiredByPolicy' });
    process.env.APP_ALLOW_FAKE_CLOCK = '1';
    process.env.APP_FAKE_NOW = step(402).toISOString();
    expect(await call<RecoveryCodesState>(disableSecondFactorAction, actor, { code: totpCode({ secret, at: step(402) }) })).toMatchObject({ status: 'error', message: errors['secondFactor.requiredByPolicy'] });
    expect(await database.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { totpEnabledAt: true } })).toEqual({ totpEnabledAt: step(400) });

    await setPolicy({ admin: false, secretary: false });
    expect(await call<RecoveryCodesState>(disableSecondFactorAction, actor, { code: totpCode({ secret, at: step(402) }) })).toMatchObject({ status: 'success', message: messages.secondFactor.disabledDone });
    expect(await database.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { totpSecretEncrypted: true, totpEnabledAt: true, totpLastStep: true, _count: { select: { recoveryCodes: true } } } }))
      .toEqual({ totpSecretEncrypted: null, totpEnabledAt: null, totpLastStep: null, _count: { recoveryCodes: 0 } });
    expect(await database.auditLog.count({ where: { action: 'account.disableSecondFactor', entityId: actor.userId } })).toBe(1);
    expect(await authenticate({ username: 'thu.disable', password: PASSWORD, clientAddress: '10.9.5.1', now: step(403) })).toMatchObject({ ok: true });
  });

  it('makes the own-code forms wait after five wrong codes', async () => {
    const actor = await newAccount('thu.guess', 'ATTENDEE');
    const { secret } = await enrol(actor, step(500));
    for (let index = 0; index < 5; index++) await expect(disableSecondFactor({ actor, code: String(100000 + index), now: step(501) })).rejects.toMatchObject({ messageKey: 'secondFactor.wrongCode' });
    await expect(disableSecondFactor({ actor, code: totpCode({ secret, at: step(502) }), now: step(502) })).rejects.toMatchObject({ messageKey: 'secondFactor.tooManyAttempts' });
    expect(await database.auditLog.count({ where: { action: 'account.checkSecondFactorCode', actorUserId: actor.userId, outcome: 'DENIED' } })).toBe(5);
    expect(await database.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { totpEnabledAt: true } })).toEqual({ totpEnabledAt: step(500) });
  });
});

describe('an admin’s reset', () => {
  it('clears the secret and the recovery codes from the version shown, is audited, and a required role must enrol again', async () => {
    const actor = await newAccount('thu.reset', 'SECRETARY');
    await enrol(actor, step(600));
    const { version } = await database.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { version: true } });
    await expect(resetSecondFactor({ actor: admin, userId: actor.userId, version: version - 1 })).rejects.toBeInstanceOf(StaleRecordError);

    request.actor = admin;
    expect(await resetSecondFactorAction({ status: 'idle' }, formData({ userId: actor.userId, version: String(version) }))).toMatchObject({ status: 'success', message: messages.secondFactor.reset.done });
    expect(await database.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { totpSecretEncrypted: true, totpEnabledAt: true, _count: { select: { recoveryCodes: true } } } }))
      .toEqual({ totpSecretEncrypted: null, totpEnabledAt: null, _count: { recoveryCodes: 0 } });
    const audit = await database.auditLog.findFirstOrThrow({ where: { action: 'account.resetSecondFactor', entityId: actor.userId } });
    expect(audit).toMatchObject({ actorUserId: admin.userId, before: { unusedRecoveryCodes: 10 }, after: { totpEnabledAt: null, unusedRecoveryCodes: 0 } });
    // Nothing left to reset; the password alone signs in; under the policy the user must enrol again.
    await expect(resetSecondFactor({ actor: admin, userId: actor.userId, version: version + 1 })).rejects.toMatchObject({ messageKey: 'secondFactor.notEnabled' });
    expect(await authenticate({ username: 'thu.reset', password: PASSWORD, clientAddress: '10.9.6.1', now: step(601) })).toMatchObject({ ok: true });
    await setPolicy({ admin: false, secretary: true });
    expect((await loadActor(actor.userId))!.mustEnrolSecondFactor).toBe(true);
    await setPolicy({ admin: false, secretary: false });
  });

  it('is refused on one’s own account and on an account outside the admin’s organisations', async () => {
    const outsider = await database.member.create({ data: { fullName: 'Đinh Văn Xa', organizationId: (await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUK' } })).id }, select: { id: true } });
    const far = await database.user.create({ data: { memberId: outsider.id, username: 'thu.xa', passwordHash: 'x', totpEnabledAt: step(0), totpSecretEncrypted: 'v1.x' }, select: { id: true, version: true } });
    await expect(resetSecondFactor({ actor: admin, userId: far.id, version: far.version })).rejects.toBeInstanceOf(NotFoundError);
    await database.user.update({ where: { id: admin.userId }, data: { totpEnabledAt: step(0), totpSecretEncrypted: 'v1.x' } });
    const own = await database.user.findUniqueOrThrow({ where: { id: admin.userId }, select: { version: true } });
    await expect(resetSecondFactor({ actor: admin, userId: admin.userId, version: own.version })).rejects.toBeInstanceOf(RuleViolationError);
    expect(await database.user.findUniqueOrThrow({ where: { id: far.id }, select: { totpEnabledAt: true } })).toEqual({ totpEnabledAt: step(0) });
  });
});
