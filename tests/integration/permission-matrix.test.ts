// Issue 5's permission matrix: every exported server action, called as anonymous, as a deactivated
// user, as each role without its permission, and as the secretary on another organisation's record.
// Every refused call must answer with the right message and change no row (the audit log only gains
// DENIED rows); roles with the permission must get past it. A new action without a row fails the guard.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadActor } from '../../lib/auth/load-actor.ts';
import { can } from '../../lib/auth/permissions.ts';
import type { Database } from '../../lib/db/create-client.ts';
import type { Role } from '../../lib/db/generated/prisma/enums.ts';
import { vi as messages } from '../../lib/i18n/messages/vi.ts';
import type { ActionState } from '../../lib/schemas/action-state.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';
import { ACTION_MATRIX, PUBLIC_ACTION_MATRIX } from './permission-matrix/action-matrix.ts';
import { exportedActions, exportedRoutes, fingerprint as fingerprintTables, formData, LEAK_PATTERN, loadAction as load, loadRoute, type Action, type FormFields } from './permission-matrix/harness.ts';
import { ROUTE_MATRIX } from './permission-matrix/route-matrix.ts';
import { buildForeignWorld, type ForeignWorld } from './permission-matrix/foreign-world.ts';

// The session says who calls: a user id, loaded the way the app loads it (a deactivated user is nobody).
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('../../lib/auth/session.ts', () => ({
  getActor: async () => (session.userId ? loadActor(session.userId) : null),
  requireUser: async () => {
    throw new Error('pages are not called here');
  },
}));

// Outside a request there are no cookies: the language is the default, Vietnamese.
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

let demo: DemoDatabase;
let database: Database;
let world: ForeignWorld;
const users: Record<'attendee' | 'secretary' | 'admin' | 'deactivated' | 'temporaryPassword', string> = { attendee: '', secretary: '', admin: '', deactivated: '', temporaryPassword: '' };
const ROLE_OF: Record<'attendee' | 'secretary' | 'admin', Role> = { attendee: 'ATTENDEE', secretary: 'SECRETARY', admin: 'ADMIN' };
const fingerprint = () => fingerprintTables(database);

/** Calls the action as `userId` and checks that nothing but DENIED audit rows was written. */
async function callChangingNothing(action: Action, userId: string | null, fields: FormFields): Promise<ActionState> {
  const before = await fingerprint();
  const auditBefore = await database.auditLog.count();
  session.userId = userId;
  const state = await action({ status: 'idle' }, formData(fields));
  expect(await fingerprint()).toEqual(before);
  const written = await database.auditLog.findMany({ where: { id: { gt: BigInt(0) } }, orderBy: { id: 'desc' }, take: (await database.auditLog.count()) - auditBefore, select: { outcome: true } });
  expect(written.every((row) => row.outcome === 'DENIED')).toBe(true);
  return state;
}

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
  for (const [key, username] of [['attendee', 'daibieu'], ['secretary', 'vanphong'], ['admin', 'quantri']] as const) {
    users[key] = (await database.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;
  }
  // A secretary who has left: the account still exists, with its roles, but is deactivated.
  const department = await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUSLĐTBXH' }, select: { id: true } });
  const member = await database.member.create({ data: { fullName: 'Trần Văn Đã Nghỉ', organizationId: department.id }, select: { id: true } });
  users.deactivated = (await database.user.create({
    data: { memberId: member.id, username: 'danghi', passwordHash: 'x', deactivatedAt: new Date(), roles: { create: { role: 'SECRETARY', organizationId: department.id } } },
    select: { id: true },
  })).id;
  // A secretary of the department who has not yet changed the temporary password an admin gave.
  const newcomer = await database.member.create({ data: { fullName: 'Lý Thị Mới Vào', organizationId: department.id }, select: { id: true } });
  users.temporaryPassword = (await database.user.create({
    data: { memberId: newcomer.id, username: 'moivao', passwordHash: 'x', mustChangePassword: true, roles: { create: { role: 'SECRETARY', organizationId: department.id } } },
    select: { id: true },
  })).id;
  world = await buildForeignWorld(database);
});

afterAll(async () => {
  await demo?.close();
});

describe('the permission matrix', () => {
  it('has a row for every exported server action, and no row for an action that is gone', async () => {
    expect(await exportedActions()).toEqual(Object.keys({ ...ACTION_MATRIX, ...PUBLIC_ACTION_MATRIX }).sort());
  });

  it('has a row for every route handler under app/api, and no row for a route that is gone', async () => {
    expect(await exportedRoutes()).toEqual(Object.keys(ROUTE_MATRIX).sort());
  });

  for (const [key, row] of Object.entries(ROUTE_MATRIX)) {
    // A session still on a temporary password gets 403, as its actions are refused (the public route: as anyone).
    const pending = row.anonymous === 401 ? 403 : row.anonymous;
    it(`${key}: ${row.anonymous} without a session, ${pending} on a temporary password, ${row.secretaryOutOfScope} for the secretary outside his organisations, nothing changed`, async () => {
      const handler = await loadRoute(key);
      const before = await fingerprint();
      for (const [userId, expected] of [[null, row.anonymous], [users.deactivated, row.anonymous], [users.temporaryPassword, pending], [users.secretary, row.secretaryOutOfScope]] as const) {
        session.userId = userId;
        const { url, params } = row.outOfScope(world);
        const response = await handler(new Request(url), { params: Promise.resolve(params) });
        expect(response.status, `${userId ?? 'anonymous'} → ${url}`).toBe(expected);
        // No stack trace or database message in any answer.
        if (response.status >= 400) expect(await response.text()).not.toMatch(LEAK_PATTERN);
      }
      expect(await fingerprint()).toEqual(before);
    });
  }

  for (const [key, row] of Object.entries(ACTION_MATRIX)) {
    describe(key, () => {
      it('refuses anonymous and deactivated callers with "sign in again", changing nothing', async () => {
        const action = await load(key);
        for (const userId of [null, users.deactivated]) {
          const state = await callChangingNothing(action, userId, row.outOfScope?.(world) ?? {});
          expect(state).toMatchObject({ status: 'error', message: messages.errors.sessionExpired });
        }
      });

      it(`answers each role by the table (${row.permission}), and a refusal changes nothing`, async () => {
        const action = await load(key);
        for (const [who, role] of Object.entries(ROLE_OF) as [keyof typeof ROLE_OF, Role][]) {
          const state = await callChangingNothing(action, users[who], {});
          if (can([role], row.permission)) {
            // Past the permission check, an empty form is refused for its fields, not for the role.
            expect(state.status === 'error' ? state.message : '', `${who} may call it`).not.toBe(messages.errors.forbidden);
            expect(state).toMatchObject({ status: 'error' });
          } else {
            expect(state, `${who} may not call it`).toMatchObject({ status: 'error', message: messages.errors.forbidden });
          }
        }
      });

      if (row.outOfScope) {
        const outOfScope = row.outOfScope;
        it('refuses the secretary on another organisation’s record, changing nothing', async () => {
          const state = await callChangingNothing(await load(key), users.secretary, outOfScope(world));
          expect(state.status).toBe('error');
        });
      }
    });
  }

  for (const [key, row] of Object.entries(PUBLIC_ACTION_MATRIX)) {
    it(`${key}: public, and a secret that is not one is refused alike for everyone, changing nothing`, async () => {
      const action = await load(key);
      for (const userId of [null, users.deactivated, users.attendee, users.secretary, users.admin]) {
        const state = await callChangingNothing(action, userId, row.call());
        expect(state).toMatchObject({ status: 'error', message: messages.passwordSetup.invalid });
      }
    });
  }
});
