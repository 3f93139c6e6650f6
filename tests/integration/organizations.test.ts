// Issue 5, organisations: an admin sees the tree they administer, creates, edits (from the version
// shown) and moves organisations within it, deactivates one only when nothing active hangs on it, and
// merges one into another in a single transaction that moves members (with transfer rows), children,
// open tasks and roles, and leaves the history where it was.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../lib/auth/load-actor.ts';
import type { Database } from '../../lib/db/create-client.ts';
import { vi as messages } from '../../lib/i18n/messages/vi.ts';
import { interpolate } from '../../lib/i18n/interpolate.ts';
import type { ActionState } from '../../lib/schemas/action-state.ts';
import { getAccountFormOptions } from '../../lib/server/accounts/get-account-form-options.ts';
import { getConferenceFormOptions } from '../../lib/server/conferences/get-conference-form-options.ts';
import { NotFoundError, RuleViolationError, StaleRecordError } from '../../lib/server/errors.ts';
import { findImportUnits } from '../../lib/server/members/find-import-units.ts';
import { createOrganization } from '../../lib/server/organizations/create-organization.ts';
import { findOrganizationTree } from '../../lib/server/organizations/find-organization-tree.ts';
import { getOrganization } from '../../lib/server/organizations/get-organization.ts';
import { getOrganizationFormOptions } from '../../lib/server/organizations/get-organization-form-options.ts';
import { mergeOrganization } from '../../lib/server/organizations/merge-organization.ts';
import { moveOrganization } from '../../lib/server/organizations/move-organization.ts';
import { setOrganizationActive } from '../../lib/server/organizations/set-organization-active.ts';
import { updateOrganization } from '../../lib/server/organizations/update-organization.ts';
import { getTaskFormOptions } from '../../lib/server/tasks/get-task-form-options.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

// The actions read the session through next-auth and the language from a cookie; here the test says who is signed in.
const request = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('../../lib/auth/session.ts', () => ({ getActor: async () => request.actor }));
vi.mock('../../lib/i18n/server.ts', async () => ({ getMessages: async () => ({ locale: 'vi', t: (await import('../../lib/i18n/messages/vi.ts')).vi }) }));
const { createOrganizationAction, mergeOrganizationAction, moveOrganizationAction, setOrganizationActiveAction, updateOrganizationAction } = await import('../../app/(app)/organisations/actions.ts');

const errors = messages.errors as Record<string, string>;

let demo: DemoDatabase;
let database: Database;
let admin: Actor;
let secretary: Actor;
let termId: string;
const ids = { block: '', department: '', school: '', schoolTech: '', cellOffice: '', cellLabour: '', cellMerit: '' };

function formData(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

/** Calls an action as `actor`; the actions redirect on success (which throws NEXT_REDIRECT), so only refusals come back. */
async function call(action: (state: ActionState, form: FormData) => Promise<ActionState>, actor: Actor, fields: Record<string, string>) {
  request.actor = actor;
  return action({ status: 'idle' }, formData(fields));
}

/** Every table, as row counts and a hash of their contents: any change shows (the audit log included). */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = await database.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  const sql = tables.map(({ name }) => `SELECT '${name}' AS name, count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') AS digest FROM "${name}" t`).join(' UNION ALL ');
  const rows = await database.$queryRawUnsafe<{ name: string; digest: string }[]>(sql);
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}

const orgId = async (name: string) => (await database.organization.findFirstOrThrow({ where: { name }, select: { id: true } })).id;
const version = async (id: string) => (await database.organization.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const newOrganization = async (name: string, parentId: string, kind: 'PARTIAL_COMMITTEE' | 'CELL' | 'GRASSROOTS_COMMITTEE' = 'CELL') =>
  (await database.organization.create({ data: { name, shortName: name, kind, parentId }, select: { id: true } })).id;
const newMember = async (fullName: string, organizationId: string, deactivated = false) =>
  (await database.member.create({ data: { fullName, organizationId, deactivatedAt: deactivated ? new Date('2024-01-01') : null }, select: { id: true } })).id;
const newTask = async (title: string, ownerOrganizationId: string, status: 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED' = 'IN_PROGRESS', coOwnerIds: string[] = []) =>
  (await database.task.create({ data: { title, termId, ownerOrganizationId, status, coOwners: { create: coOwnerIds.map((organizationId) => ({ organizationId })) } }, select: { id: true } })).id;
async function newUser(username: string, organizationId: string, roles: { role: 'ADMIN' | 'SECRETARY' | 'ATTENDEE'; organizationId: string }[]) {
  const member = await newMember(`Người dùng ${username}`, organizationId);
  return (await database.user.create({ data: { memberId: member, username, passwordHash: 'x', roles: { create: roles } }, select: { id: true } })).id;
}

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
  admin = await demo.actorFor('quantri');
  secretary = await demo.actorFor('vanphong');
  termId = (await database.term.findFirstOrThrow({ select: { id: true } })).id;
  ids.block = (await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUK' } })).id;
  ids.department = (await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUSLĐTBXH' } })).id;
  ids.school = await orgId('Đảng bộ bộ phận Trường Trung cấp Kỹ thuật – Tổng hợp An Giang');
  ids.schoolTech = await orgId('Chi bộ Khoa Kỹ thuật');
  ids.cellOffice = await orgId('Chi bộ Văn phòng Sở');
  ids.cellLabour = await orgId('Chi bộ Phòng Lao động – Việc làm');
  ids.cellMerit = await orgId('Chi bộ Phòng Người có công');
});

afterAll(async () => {
  await demo?.close();
});

describe('the tree', () => {
  it('lists the admin’s subtree in tree order, with kind, members and state, and nothing above it', async () => {
    const rows = await findOrganizationTree({ actor: admin });
    expect(rows[0]).toMatchObject({ id: ids.department, depth: 0, kind: 'GRASSROOTS_COMMITTEE', state: 'active' });
    expect(rows.find((row) => row.id === ids.school)).toMatchObject({ depth: 1, kind: 'PARTIAL_COMMITTEE' });
    const schoolAt = rows.findIndex((row) => row.id === ids.school);
    expect(rows[schoolAt + 1]).toMatchObject({ depth: 2, kind: 'CELL' });
    expect(rows.map((row) => row.id)).not.toContain(ids.block);
    expect(rows.find((row) => row.id === ids.cellOffice)!.activeMembers).toBe(await database.member.count({ where: { organizationId: ids.cellOffice, deactivatedAt: null } }));
  });

  it('is the admin’s alone: a secretary is refused, and an organisation above the admin is not found', async () => {
    await expect(findOrganizationTree({ actor: secretary })).rejects.toThrow(/organization.read/);
    await expect(getOrganization({ actor: admin, organizationId: ids.block })).rejects.toBeInstanceOf(NotFoundError);
    expect(await call(createOrganizationAction, secretary, { parentId: ids.department, name: 'Chi bộ X', kind: 'CELL' })).toMatchObject({ status: 'error', message: errors.forbidden });
  });
});

describe('creating', () => {
  it('creates an organisation under one in scope, with an audit row', async () => {
    const { id } = await createOrganization({ actor: admin, parentId: ids.department, name: 'Chi bộ Phòng Kế hoạch – Tài chính', shortName: 'Chi bộ KH-TC', kind: 'CELL', symbol: null, place: 'An Giang' });
    expect(await database.organization.findUniqueOrThrow({ where: { id } })).toMatchObject({ parentId: ids.department, kind: 'CELL', version: 1 });
    expect(await database.auditLog.count({ where: { action: 'organization.create', entityId: id } })).toBe(1);
  });

  it('refuses a kind that cannot sit there, a parent out of scope and a twin name, next to the field', async () => {
    const before = await fingerprint();
    const state = (fields: Record<string, string>) => call(createOrganizationAction, admin, { name: 'Tổ chức mới', kind: 'CELL', ...fields });
    expect(await state({ parentId: ids.cellOffice })).toMatchObject({ fieldErrors: { kind: errors['organization.cellHasNoChildren'] } });
    expect(await state({ parentId: ids.school, kind: 'GRASSROOTS_COMMITTEE' })).toMatchObject({ fieldErrors: { kind: errors['organization.partialHoldsOnlyCells'] } });
    expect(await state({ parentId: ids.department, kind: 'BLOCK_COMMITTEE' })).toMatchObject({ fieldErrors: { kind: errors['organization.childAboveParent'] } });
    expect(await state({ parentId: ids.block })).toMatchObject({ fieldErrors: { parentId: errors['organization.parentOutOfScope'] } });
    expect(await state({ parentId: ids.department, name: 'chi bộ văn phòng sở' })).toMatchObject({ fieldErrors: { name: expect.stringContaining('chi bộ văn phòng sở') } });
    expect(await state({ parentId: '' })).toMatchObject({ fieldErrors: { parentId: errors['organization.parentRequired'] } });
    expect(await state({ parentId: ids.department, kind: 'NOT_A_KIND' })).toMatchObject({ fieldErrors: { kind: errors.invalidChoice } });
    expect(await fingerprint()).toEqual(before);
  });
});

describe('editing and moving', () => {
  it('saves from the version shown and refuses a stale form with who saved it', async () => {
    const id = await newOrganization('Chi bộ Thanh tra', ids.department);
    await updateOrganization({ actor: admin, organizationId: id, version: 1, name: 'Chi bộ Thanh tra Sở', shortName: 'Chi bộ TT', kind: 'CELL', symbol: 'CBTT', place: null });
    expect(await database.organization.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: 'Chi bộ Thanh tra Sở', symbol: 'CBTT', version: 2 });
    const stale = await call(updateOrganizationAction, admin, { organizationId: id, version: '1', name: 'Chi bộ khác', kind: 'CELL' });
    expect(stale).toMatchObject({ status: 'error', message: expect.stringContaining(admin.name) });
    expect((await database.organization.findUniqueOrThrow({ where: { id } })).name).toBe('Chi bộ Thanh tra Sở');
  });

  it('refuses a kind that no longer fits its children', async () => {
    await expect(updateOrganization({ actor: admin, organizationId: ids.school, version: await version(ids.school), name: 'Trường', shortName: null, kind: 'CELL', symbol: null, place: null }))
      .rejects.toMatchObject({ messageKey: 'organization.cellHasNoChildren', field: 'kind' });
  });

  it('moves an organisation with its subtree, and refuses a loop, the admin’s own root, a parent out of scope or of the wrong kind', async () => {
    const id = await newOrganization('Chi bộ Di chuyển', ids.department);
    await moveOrganization({ actor: admin, organizationId: id, version: 1, parentId: ids.school });
    expect(await database.organization.findUniqueOrThrow({ where: { id } })).toMatchObject({ parentId: ids.school, version: 2 });
    expect(await database.auditLog.findFirst({ where: { action: 'organization.move', entityId: id } })).toMatchObject({ before: expect.objectContaining({ parentId: ids.department }), after: expect.objectContaining({ parentId: ids.school }) });

    const before = await fingerprint();
    const schoolVersion = String(await version(ids.school));
    const loop = await call(moveOrganizationAction, admin, { organizationId: ids.school, version: schoolVersion, parentId: ids.schoolTech });
    expect(loop).toMatchObject({ fieldErrors: { parentId: interpolate(errors['organization.moveIntoOwnSubtree']!, { name: 'Đảng bộ bộ phận Trường Trung cấp Kỹ thuật – Tổng hợp An Giang' }) } });
    expect(await call(moveOrganizationAction, admin, { organizationId: ids.school, version: schoolVersion, parentId: ids.school })).toMatchObject({ fieldErrors: { parentId: expect.stringContaining('chính nó') } });
    const root = await call(moveOrganizationAction, admin, { organizationId: ids.department, version: String(await version(ids.department)), parentId: ids.school });
    expect(root.status === 'error' ? root.message : '').toContain('tổ chức gốc bạn quản trị');
    expect(await call(moveOrganizationAction, admin, { organizationId: ids.cellMerit, version: String(await version(ids.cellMerit)), parentId: ids.block })).toMatchObject({ fieldErrors: { parentId: errors['organization.parentOutOfScope'] } });
    expect(await call(moveOrganizationAction, admin, { organizationId: ids.school, version: schoolVersion, parentId: ids.cellOffice })).toMatchObject({ fieldErrors: { parentId: errors['organization.cellHasNoChildren'] } });
    // An organisation above the admin cannot be aimed at at all.
    await expect(moveOrganization({ actor: admin, organizationId: ids.block, version: 1, parentId: ids.department })).rejects.toBeInstanceOf(NotFoundError);
    expect(await fingerprint()).toEqual(before);
  });
});

describe('deactivating', () => {
  it('refuses while active children, members or open tasks remain, saying how many of each', async () => {
    const id = await newOrganization('Đảng bộ bộ phận Bận rộn', ids.department, 'PARTIAL_COMMITTEE');
    await newOrganization('Chi bộ Con', id);
    await newMember('Trần Văn Một', id);
    await newMember('Trần Văn Hai', id);
    await newMember('Trần Văn Đã Nghỉ', id, true);
    await newTask('Việc đang làm', id);
    await newTask('Việc đã xong', id, 'DONE');
    const before = await fingerprint();
    const state = await call(setOrganizationActiveAction, admin, { organizationId: id, version: '1', active: 'false' });
    expect(state).toMatchObject({ status: 'error', message: interpolate(errors['organization.deactivateBlocked']!, { name: 'Đảng bộ bộ phận Bận rộn', children: 1, members: 2, tasks: 1 }) });
    expect(await fingerprint()).toEqual(before);
  });

  it('deactivates an empty organisation and reactivates it; not under a deactivated parent; never the admin’s own root', async () => {
    const parent = await newOrganization('Đảng bộ bộ phận Trống', ids.department, 'PARTIAL_COMMITTEE');
    const child = await newOrganization('Chi bộ Trống', parent);
    await setOrganizationActive({ actor: admin, organizationId: child, version: 1, active: false });
    await setOrganizationActive({ actor: admin, organizationId: parent, version: 1, active: false });
    expect(await database.organization.findUniqueOrThrow({ where: { id: parent } })).toMatchObject({ deactivatedAt: expect.any(Date), version: 2 });
    await expect(setOrganizationActive({ actor: admin, organizationId: child, version: 2, active: true })).rejects.toMatchObject({ messageKey: 'organization.reactivateUnderClosed' });
    await setOrganizationActive({ actor: admin, organizationId: parent, version: 2, active: true });
    await setOrganizationActive({ actor: admin, organizationId: child, version: 2, active: true });
    expect(await database.organization.findUniqueOrThrow({ where: { id: child } })).toMatchObject({ deactivatedAt: null, version: 3 });
    expect(await database.auditLog.count({ where: { entityId: parent, action: { in: ['organization.deactivate', 'organization.reactivate'] } } })).toBe(2);
    await expect(setOrganizationActive({ actor: admin, organizationId: ids.department, version: await version(ids.department), active: false })).rejects.toMatchObject({ messageKey: 'organization.ownRoot' });
  });
});

describe('merging A into B', () => {
  const world = { a: '', b: '', aChild: '', active: [] as string[], retired: '', owned: '', ownedCoB: '', ownedCoOther: '', closed: '', coA: '', coAB: '', ownedByBCoA: '', conference: '', committee: '', movedUser: '', dupUser: '', adminOfA: '', version: 0 };

  beforeAll(async () => {
    world.a = await newOrganization('Đảng bộ bộ phận Cũ', ids.department, 'PARTIAL_COMMITTEE');
    world.b = await newOrganization('Đảng bộ bộ phận Mới', ids.department, 'PARTIAL_COMMITTEE');
    world.aChild = await newOrganization('Chi bộ Con của Cũ', world.a);
    world.active = [await newMember('Nguyễn Thị An', world.a), await newMember('Lê Văn Bình', world.a)];
    world.retired = await newMember('Phạm Văn Nghỉ', world.a, true);
    world.owned = await newTask('A chủ trì', world.a);
    world.ownedCoB = await newTask('A chủ trì, B phối hợp', world.a, 'NOT_STARTED', [world.b]);
    world.ownedCoOther = await newTask('A chủ trì, Văn phòng phối hợp', world.a, 'IN_PROGRESS', [ids.cellOffice]);
    world.closed = await newTask('A đã xong', world.a, 'DONE');
    world.coA = await newTask('LĐ-VL chủ trì, A phối hợp', ids.cellLabour, 'IN_PROGRESS', [world.a]);
    world.coAB = await newTask('LĐ-VL chủ trì, A và B phối hợp', ids.cellLabour, 'IN_PROGRESS', [world.a, world.b]);
    world.ownedByBCoA = await newTask('B chủ trì, A phối hợp', world.b, 'IN_PROGRESS', [world.a]);
    world.conference = (await database.conference.create({
      data: { kind: 'REGULAR', title: 'Hội nghị của A', status: 'HELD', hostOrganizationId: world.a, startsAt: new Date('2025-03-01T01:00:00Z'), endsAt: new Date('2025-03-01T03:00:00Z') },
      select: { id: true },
    })).id;
    world.committee = (await database.committee.create({ data: { organizationId: world.a, termId, kind: 'CELL_COMMITTEE', name: 'Chi ủy A' }, select: { id: true } })).id;
    world.movedUser = await newUser('secretary-a', ids.department, [{ role: 'SECRETARY', organizationId: world.a }]);
    world.dupUser = await newUser('attendee-ab', ids.department, [{ role: 'ATTENDEE', organizationId: world.a }, { role: 'ATTENDEE', organizationId: world.b }]);
    world.adminOfA = await newUser('admin-a', ids.department, [{ role: 'ADMIN', organizationId: world.a }, { role: 'SECRETARY', organizationId: world.a }]);
  });

  it('refuses into its own subtree, out of scope, in the future or without confirmation, changing nothing', async () => {
    const before = await fingerprint();
    const merge = (fields: Record<string, string>) => call(mergeOrganizationAction, admin, { organizationId: world.a, version: '1', targetId: world.b, mergedOn: '2025-07-01', confirm: 'on', ...fields });
    expect(await merge({ targetId: world.aChild })).toMatchObject({ fieldErrors: { targetId: interpolate(errors['organization.mergeIntoOwnSubtree']!, { name: 'Đảng bộ bộ phận Cũ' }) } });
    expect(await merge({ targetId: world.a })).toMatchObject({ fieldErrors: { targetId: errors['organization.mergeSame'] } });
    expect(await merge({ targetId: ids.block })).toMatchObject({ fieldErrors: { targetId: errors['organization.mergeTargetOutOfScope'] } });
    expect(await merge({ targetId: ids.cellOffice })).toMatchObject({ fieldErrors: { targetId: errors['organization.cellHasNoChildren'] } });
    expect(await merge({ mergedOn: '2999-01-01' })).toMatchObject({ fieldErrors: { mergedOn: expect.stringContaining('sau hôm nay') } });
    expect(await merge({ confirm: '' })).toMatchObject({ fieldErrors: { confirm: errors['organization.mergeConfirmRequired'] } });
    expect(await merge({ version: '7' })).toMatchObject({ status: 'error', message: expect.stringContaining('người khác') });
    expect(await fingerprint()).toEqual(before);
  });

  it('is one transaction: a failure halfway (at the roles) leaves every row as it was', async () => {
    const before = await fingerprint();
    // A real failure inside PostgreSQL, late in the merge: moving a role is refused by a trigger.
    await database.$executeRawUnsafe(`CREATE FUNCTION refuse_role_move() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'role move refused for the test'; END $$`);
    await database.$executeRawUnsafe(`CREATE TRIGGER refuse_role_move BEFORE UPDATE ON "UserRole" FOR EACH ROW EXECUTE FUNCTION refuse_role_move()`);
    try {
      await expect(mergeOrganization({ actor: admin, organizationId: world.a, version: 1, targetId: world.b, mergedOn: new Date('2025-07-01T00:00:00Z') })).rejects.toThrow(/role move refused/);
    } finally {
      await database.$executeRawUnsafe(`DROP TRIGGER refuse_role_move ON "UserRole"`);
      await database.$executeRawUnsafe(`DROP FUNCTION refuse_role_move()`);
    }
    expect(await fingerprint()).toEqual(before);
  });

  it('moves members with transfer rows, children, open tasks and roles to B; history stays with A', async () => {
    const result = await mergeOrganization({ actor: admin, organizationId: world.a, version: 1, targetId: world.b, mergedOn: new Date('2025-07-01T00:00:00Z') });
    expect(result.counts).toEqual({ members: 2, children: 1, ownedTasks: 3, coOwnedTasks: 3, roles: 3 });

    // A is merged, dated, deactivated.
    expect(await database.organization.findUniqueOrThrow({ where: { id: world.a } })).toMatchObject({ mergedIntoId: world.b, mergedAt: new Date('2025-07-01T00:00:00Z'), deactivatedAt: expect.any(Date), version: 2 });
    // Active members moved, each with its transfer; the retired one stays.
    for (const memberId of world.active) {
      expect(await database.member.findUniqueOrThrow({ where: { id: memberId } })).toMatchObject({ organizationId: world.b, version: 2 });
      expect(await database.memberTransfer.findMany({ where: { memberId }, select: { fromOrganizationId: true, toOrganizationId: true, effectiveDate: true, note: true, createdById: true } }))
        .toEqual([{ fromOrganizationId: world.a, toOrganizationId: world.b, effectiveDate: new Date('2025-07-01T00:00:00Z'), note: 'Hợp nhất vào Đảng bộ bộ phận Mới', createdById: admin.userId }]);
    }
    expect(await database.member.findUniqueOrThrow({ where: { id: world.retired } })).toMatchObject({ organizationId: world.a });
    expect(await database.memberTransfer.count({ where: { memberId: world.retired } })).toBe(0);
    // Children re-parented.
    expect(await database.organization.findUniqueOrThrow({ where: { id: world.aChild } })).toMatchObject({ parentId: world.b });

    // Open tasks: B owns A's; co-owner rows of A became B's, with no duplicate and no owner as co-owner.
    const task = async (id: string) => {
      const row = await database.task.findUniqueOrThrow({ where: { id }, select: { ownerOrganizationId: true, version: true, coOwners: { select: { organizationId: true } } } });
      return { owner: row.ownerOrganizationId, coOwners: row.coOwners.map((coOwner) => coOwner.organizationId).sort(), version: row.version };
    };
    expect(await task(world.owned)).toEqual({ owner: world.b, coOwners: [], version: 2 });
    expect(await task(world.ownedCoB)).toEqual({ owner: world.b, coOwners: [], version: 2 });
    expect(await task(world.ownedCoOther)).toEqual({ owner: world.b, coOwners: [ids.cellOffice], version: 2 });
    expect(await task(world.coA)).toEqual({ owner: ids.cellLabour, coOwners: [world.b], version: 2 });
    expect(await task(world.coAB)).toEqual({ owner: ids.cellLabour, coOwners: [world.b], version: 2 });
    expect(await task(world.ownedByBCoA)).toEqual({ owner: world.b, coOwners: [], version: 2 });
    // Closed tasks, conferences and committees stay with A.
    expect(await task(world.closed)).toEqual({ owner: world.a, coOwners: [], version: 1 });
    expect((await database.conference.findUniqueOrThrow({ where: { id: world.conference } })).hostOrganizationId).toBe(world.a);
    expect((await database.committee.findUniqueOrThrow({ where: { id: world.committee } })).organizationId).toBe(world.a);

    // Roles moved; the one the user already had on B is not duplicated.
    expect(await database.userRole.findMany({ where: { userId: world.movedUser }, select: { role: true, organizationId: true } })).toEqual([{ role: 'SECRETARY', organizationId: world.b }]);
    expect(await database.userRole.findMany({ where: { userId: world.dupUser }, select: { role: true, organizationId: true } })).toEqual([{ role: 'ATTENDEE', organizationId: world.b }]);
    // An admin of A gets no say over B by the merge: that role stays on A, which can no longer change.
    expect(await database.userRole.findMany({ where: { userId: world.adminOfA }, orderBy: { role: 'asc' }, select: { role: true, organizationId: true } }))
      .toEqual([{ role: 'ADMIN', organizationId: world.a }, { role: 'SECRETARY', organizationId: world.b }]);
    expect(await database.userRole.count({ where: { organizationId: world.a, role: { not: 'ADMIN' } } })).toBe(0);

    // Nothing silent: a summary row on A, one row per member, child, task and account changed.
    const summary = await database.auditLog.findFirstOrThrow({ where: { action: 'organization.merge', entityId: world.a } });
    expect(summary.after).toMatchObject({ mergedIntoId: world.b, moved: result.counts });
    expect(await database.auditLog.count({ where: { action: 'member.transfer', entityId: { in: world.active } } })).toBe(2);
    expect(await database.auditLog.count({ where: { action: 'organization.move', entityId: world.aChild } })).toBe(1);
    expect(await database.auditLog.count({ where: { action: 'task.update', entityId: { in: [world.owned, world.ownedCoB, world.ownedCoOther, world.coA, world.coAB, world.ownedByBCoA] } } })).toBe(6);
    expect(await database.auditLog.count({ where: { action: 'account.changeRoles', entityId: { in: [world.movedUser, world.dupUser, world.adminOfA] } } })).toBe(3);
  });

  it('shows on both pages: A points to B, B lists A', async () => {
    const a = await getOrganization({ actor: admin, organizationId: world.a });
    expect(a.mergedInto).toMatchObject({ id: world.b, name: 'Đảng bộ bộ phận Mới', inScope: true });
    const b = await getOrganization({ actor: admin, organizationId: world.b });
    expect(b.mergedFrom).toEqual([{ id: world.a, name: 'Đảng bộ bộ phận Cũ', mergedAt: new Date('2025-07-01T00:00:00Z'), inScope: true }]);
    expect(b.children.map((child) => child.id)).toContain(world.aChild);
    expect((await findOrganizationTree({ actor: admin })).find((row) => row.id === world.a)).toMatchObject({ state: 'merged', mergedInto: { id: world.b } });
  });

  it('refuses to merge, edit, move or reactivate a merged organisation, and to merge into one', async () => {
    const before = await fingerprint();
    await expect(mergeOrganization({ actor: admin, organizationId: world.a, version: 2, targetId: world.b, mergedOn: new Date('2025-07-02T00:00:00Z') })).rejects.toMatchObject({ messageKey: 'organization.mergeSourceClosed' });
    await expect(mergeOrganization({ actor: admin, organizationId: ids.cellMerit, version: await version(ids.cellMerit), targetId: world.a, mergedOn: new Date('2025-07-02T00:00:00Z') })).rejects.toMatchObject({ messageKey: 'organization.mergeTargetClosed' });
    await expect(updateOrganization({ actor: admin, organizationId: world.a, version: 2, name: 'X', shortName: null, kind: 'PARTIAL_COMMITTEE', symbol: null, place: null })).rejects.toMatchObject({ messageKey: 'organization.merged' });
    await expect(moveOrganization({ actor: admin, organizationId: world.a, version: 2, parentId: ids.school })).rejects.toMatchObject({ messageKey: 'organization.merged' });
    await expect(setOrganizationActive({ actor: admin, organizationId: world.a, version: 2, active: true })).rejects.toBeInstanceOf(RuleViolationError);
    await expect(updateOrganization({ actor: admin, organizationId: world.b, version: 1, name: 'Đảng bộ bộ phận Mới', shortName: null, kind: 'PARTIAL_COMMITTEE', symbol: null, place: null })).resolves.toEqual({ id: world.b });
    await expect(updateOrganization({ actor: admin, organizationId: world.b, version: 1, name: 'Lần hai', shortName: null, kind: 'PARTIAL_COMMITTEE', symbol: null, place: null })).rejects.toBeInstanceOf(StaleRecordError);
    const after = await fingerprint();
    expect({ ...after, AuditLog: '', Organization: '' }).toEqual({ ...before, AuditLog: '', Organization: '' });
  });

  it('refuses a merge date before a moving member’s latest transfer', async () => {
    const from = await newOrganization('Chi bộ Chuyển đến', ids.department);
    const to = await newOrganization('Chi bộ Nhận', ids.department);
    const memberId = await newMember('Đỗ Thị Mới Chuyển', from);
    await database.memberTransfer.create({ data: { memberId, fromOrganizationId: ids.cellOffice, toOrganizationId: from, effectiveDate: new Date('2025-06-15T00:00:00Z') } });
    await expect(mergeOrganization({ actor: admin, organizationId: from, version: 1, targetId: to, mergedOn: new Date('2025-06-01T00:00:00Z') })).rejects.toMatchObject({ messageKey: 'organization.mergeBeforeTransfer', values: { date: '15/06/2025' } });
  });

  it('leaves merged and deactivated organisations out of the pickers for new records', async () => {
    const closed = await newOrganization('Chi bộ Đã Ngừng', ids.department);
    await setOrganizationActive({ actor: admin, organizationId: closed, version: 1, active: false });
    const fresh = await demo.actorFor('quantri');
    const offered = [
      (await getOrganizationFormOptions({ actor: fresh })).map((option) => option.id),
      (await getAccountFormOptions({ actor: fresh })).organizations.map((option) => option.id),
      (await getTaskFormOptions({ actor: fresh })).owners.map((option) => option.id),
      (await getTaskFormOptions({ actor: fresh })).organizations.map((option) => option.id),
      (await getConferenceFormOptions({ actor: fresh, purpose: 'create' })).hosts.map((option) => option.id),
    ];
    for (const list of offered) {
      expect(list).toContain(world.b);
      expect(list).not.toContain(world.a);
      expect(list).not.toContain(closed);
    }
    const units = (await findImportUnits({ actor: fresh })).map((unit) => unit.name);
    expect(units).toContain('Đảng bộ bộ phận Mới');
    expect(units).not.toContain('Đảng bộ bộ phận Cũ');
    expect(units).not.toContain('Chi bộ Đã Ngừng');
  });
});
