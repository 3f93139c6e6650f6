// Issue 5, item 7: the audit log page's use case. Only top-level admins (no admin above them) read it;
// filters by Vietnam days, actor (folded), action prefix, entity, id and outcome; keyset pages of 50
// that hold still while new rows are written; a row's changes as a field-by-field diff; reading
// writes nothing. The outbox reads the same way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/load-actor.ts';
import { PermissionDeniedError } from '../../lib/auth/permissions.ts';
import type { Database } from '../../lib/db/create-client.ts';
import { diffSnapshots } from '../../lib/domain/audit-diff.ts';
import { auditFiltersSchema, type AuditFilters } from '../../lib/schemas/audit-filters.ts';
import { setAccountActive } from '../../lib/server/accounts/set-account-active.ts';
import { AUDIT_PAGE_SIZE, findAuditLog } from '../../lib/server/audit/find-audit-log.ts';
import { isTopLevelAdmin } from '../../lib/server/audit/top-level-admin.ts';
import { NotFoundError } from '../../lib/server/errors.ts';
import { findOutbox } from '../../lib/server/outbox/find-outbox.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

let demo: DemoDatabase;
let database: Database;
let topAdmin: Actor;
let departmentAdmin: Actor;
let demoAdminWasTopLevel: boolean;
let secretary: Actor;

const filters = (input: Record<string, string>): AuditFilters => auditFiltersSchema.parse(input);
const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
  // The demo admin administers the department with no admin above: the top of this office's tree.
  departmentAdmin = await demo.actorFor('quantri');
  demoAdminWasTopLevel = await isTopLevelAdmin(departmentAdmin);
  // An admin of the province is made here: the department's admin then has an admin above.
  const province = await database.organization.findFirstOrThrow({ where: { parentId: null }, select: { id: true } });
  const member = await database.member.create({ data: { fullName: 'Nguyễn Thị Tỉnh Ủy', organizationId: province.id }, select: { id: true } });
  await database.user.create({ data: { memberId: member.id, username: 'quantritinh', passwordHash: 'x', roles: { create: { role: 'ADMIN', organizationId: province.id } } } });
  topAdmin = await demo.actorFor('quantritinh');
  secretary = await demo.actorFor('vanphong');
});

afterAll(async () => {
  await demo?.close();
});

describe('who reads the audit log and the outbox', () => {
  it('the demo admin reads it while no admin is above them', () => {
    expect(demoAdminWasTopLevel).toBe(true);
  });

  it('a top-level admin only: an admin with an admin above finds nothing, a secretary is refused', async () => {
    expect((await findAuditLog({ actor: topAdmin, filters: filters({}) })).rows.length).toBeGreaterThan(0);
    await expect(findAuditLog({ actor: departmentAdmin, filters: filters({}) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(findAuditLog({ actor: secretary, filters: filters({}) })).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(findOutbox({ actor: departmentAdmin })).rejects.toBeInstanceOf(NotFoundError);
    await expect(findOutbox({ actor: secretary })).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  it('reading writes nothing, not even an audit row', async () => {
    const before = await database.auditLog.count();
    await findAuditLog({ actor: topAdmin, filters: filters({ actor: 'nhung' }) });
    await findOutbox({ actor: topAdmin });
    await findAuditLog({ actor: departmentAdmin, filters: filters({}) }).catch(() => undefined);
    expect(await database.auditLog.count()).toBe(before);
  });
});

describe('filters', () => {
  it('by Vietnam days, actor (without accents), action prefix, entity, entity id and outcome', async () => {
    const nhung = await database.user.findUniqueOrThrow({ where: { username: 'quantri' }, select: { id: true } });
    const trang = await database.user.findUniqueOrThrow({ where: { username: 'vanphong' }, select: { id: true } });
    const row = (at: string, actorUserId: string | null, action: string, entity: string, entityId: string | null, outcome: 'SUCCESS' | 'DENIED' | 'FAILED' = 'SUCCESS') =>
      database.auditLog.create({ data: { at: new Date(at), actorUserId, action, entity, entityId, outcome }, select: { id: true } }).then((created) => created.id.toString());
    // 23:59 on 1 January and 00:00 on 2 January, Vietnam time.
    const lateJan1 = await row('2026-01-01T16:59:00Z', nhung.id, 'filtertest.plan.update', 'Plan', 'p-1');
    const earlyJan2 = await row('2026-01-01T17:00:00Z', trang.id, 'filtertest.task.update', 'Task', 't-1');
    const denied = await row('2026-01-02T03:00:00Z', trang.id, 'filtertest.task.update', 'Permission', null, 'DENIED');
    const anonymous = await row('2026-01-03T03:00:00Z', null, 'filtertest.login', 'User', 'u-1', 'FAILED');

    const found = async (input: Record<string, string>) => ids((await findAuditLog({ actor: topAdmin, filters: filters({ action: 'filtertest.', ...input }) })).rows);
    expect(await found({})).toEqual([anonymous, denied, earlyJan2, lateJan1]);
    expect(await found({ from: '2026-01-02', to: '2026-01-02' })).toEqual([denied, earlyJan2]);
    expect(await found({ to: '2026-01-01' })).toEqual([lateJan1]);
    expect(await found({ from: '2026-01-03' })).toEqual([anonymous]);
    // "Lê Thị Hồng Nhung" typed without accents; "Trang" by her username.
    expect(await found({ actor: 'hong nhung' })).toEqual([lateJan1]);
    expect(await found({ actor: 'VANPHONG' })).toEqual([denied, earlyJan2]);
    expect(await found({ actor: 'không có ai tên này' })).toEqual([]);
    expect(await found({ action: 'filtertest.task' })).toEqual([denied, earlyJan2]);
    expect(await found({ entity: 'task' })).toEqual([earlyJan2]);
    expect(await found({ entityId: 'p-1' })).toEqual([lateJan1]);
    expect(await found({ outcome: 'DENIED' })).toEqual([denied]);
    expect(await found({ outcome: 'FAILED', entity: 'User' })).toEqual([anonymous]);
    // A row shows its actor's name and username, or none.
    const [first] = (await findAuditLog({ actor: topAdmin, filters: filters({ action: 'filtertest.plan' }) })).rows;
    expect(first).toMatchObject({ action: 'filtertest.plan.update', entity: 'Plan', entityId: 'p-1', outcome: 'SUCCESS', actor: { username: 'quantri', member: { fullName: 'Lê Thị Hồng Nhung' } } });
  });

  it('reads a malformed filter as absent instead of failing', () => {
    expect(filters({ from: '2026-02-30', outcome: 'MAYBE', before: '12abc', actor: '  ', entity: 'x'.repeat(500) })).toEqual({});
  });
});

describe('keyset pages', () => {
  it('50 newest first, then older pages that hold the same rows while new ones are written', async () => {
    const write = (count: number, label: string) => database.auditLog.createManyAndReturn({
      data: Array.from({ length: count }, (_, index) => ({ action: `pagetest.${label}`, entity: 'Plan', entityId: String(index) })),
      select: { id: true },
    });
    const original = (await write(120, 'old')).map((row) => row.id.toString()).reverse(); // newest first
    const view = { action: 'pagetest.' };

    const first = await findAuditLog({ actor: topAdmin, filters: filters(view) });
    expect(ids(first.rows)).toEqual(original.slice(0, AUDIT_PAGE_SIZE));
    expect(first.newerThan).toBeNull();
    expect(first.olderThan).toBe(original[AUDIT_PAGE_SIZE - 1]);

    // Ten rows arrive while the reader looks at page 1.
    const arrived = (await write(10, 'new')).map((row) => row.id.toString()).reverse();
    const second = await findAuditLog({ actor: topAdmin, filters: filters({ ...view, before: first.olderThan! }) });
    expect(ids(second.rows)).toEqual(original.slice(AUDIT_PAGE_SIZE, 2 * AUDIT_PAGE_SIZE));
    expect(second.newerThan).toBe(original[AUDIT_PAGE_SIZE]);
    const third = await findAuditLog({ actor: topAdmin, filters: filters({ ...view, before: second.olderThan! }) });
    expect(ids(third.rows)).toEqual(original.slice(2 * AUDIT_PAGE_SIZE));
    expect(third.olderThan).toBeNull();

    // "Mới hơn" from page 2: the 50 rows just above it, newest first, and more above them (the new ones).
    const back = await findAuditLog({ actor: topAdmin, filters: filters({ ...view, after: second.newerThan! }) });
    expect(ids(back.rows)).toEqual(original.slice(0, AUDIT_PAGE_SIZE));
    expect(back.newerThan).toBe(original[0]);
    expect(back.olderThan).toBe(original[AUDIT_PAGE_SIZE - 1]);
    const top = await findAuditLog({ actor: topAdmin, filters: filters({ ...view, after: back.newerThan! }) });
    expect(ids(top.rows)).toEqual(arrived);
    expect(top.newerThan).toBeNull();
  });
});

describe('a row’s changes', () => {
  it('before and after of a real change, as the fields that changed', async () => {
    const target = await database.user.findUniqueOrThrow({ where: { username: 'daibieu' }, select: { id: true, version: true } });
    await setAccountActive({ actor: departmentAdmin, userId: target.id, version: target.version, active: false });
    const { rows } = await findAuditLog({ actor: topAdmin, filters: filters({ action: 'account.deactivate', entityId: target.id }) });
    expect(rows).toHaveLength(1);
    const changes = diffSnapshots(rows[0]!.before, rows[0]!.after);
    // PostgreSQL's jsonb keeps keys in its own order: compare as a set.
    expect(changes.map((change) => change.field).sort()).toEqual(['deactivatedAt', 'version']);
    expect(changes.find((change) => change.field === 'version')).toEqual({ field: 'version', before: String(target.version), after: String(target.version + 1) });
    expect(changes.find((change) => change.field === 'deactivatedAt')).toMatchObject({ before: null, after: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
  });
});

describe('the outbox', () => {
  it('newest first, 50 a page, keyset by id', async () => {
    await database.outboxMessage.createMany({ data: Array.from({ length: 60 }, (_, index) => ({ toAddress: `nguoi${index}@angiang.example`, subject: `Thư ${index}`, body: `Nội dung ${index}` })) });
    const first = await findOutbox({ actor: topAdmin });
    expect(first.rows).toHaveLength(50);
    expect(first.rows.map((row) => row.id)).toEqual([...first.rows.map((row) => row.id)].sort().reverse());
    const second = await findOutbox({ actor: topAdmin, before: first.olderThan! });
    expect(second.olderThan).toBeNull();
    expect(new Set([...first.rows, ...second.rows].map((row) => row.id)).size).toBe(await database.outboxMessage.count());
  });
});
