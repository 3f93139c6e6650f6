import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/load-actor.ts';
import { PermissionDeniedError } from '../../lib/auth/permissions.ts';
import type { Database } from '../../lib/db/create-client.ts';
import { createPlanSchema, updatePlanSchema } from '../../lib/schemas/plan.ts';
import { RuleViolationError, StaleRecordError } from '../../lib/server/errors.ts';
import { createPlan } from '../../lib/server/plans/create-plan.ts';
import { updatePlan } from '../../lib/server/plans/update-plan.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

let demo: DemoDatabase;
let database: Database;
let secretary: Actor;
let attendee: Actor;
let departmentId: string;
let blockId: string;

const actorFor = (username: string): Promise<Actor> => demo.actorFor(username);

function planInput(overrides: Record<string, string> = {}) {
  return createPlanSchema.parse({
    officialNumber: '301-KH/ĐUSLĐTBXH', issuedOn: '2024-01-15', issuerId: departmentId,
    title: 'Kế hoạch tổng kết nhiệm kỳ 2020 – 2025', purpose: '', content: '', resolutionId: '', ...overrides,
  });
}

const counts = async () => ({ plans: await database.plan.count(), audit: await database.auditLog.count() });

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
  secretary = await actorFor('vanphong');
  attendee = await actorFor('daibieu');
  departmentId = (await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUSLĐTBXH' } })).id;
  blockId = (await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUK' } })).id;
});

afterAll(async () => {
  await demo?.close();
});

describe('the plan form schema', () => {
  it('normalises the number and symbol as printed', () => {
    expect(planInput({ officialNumber: ' 301 - kh / đuslđtbxh ' }).officialNumber).toBe('301-KH/ĐUSLĐTBXH');
  });

  it('refuses malformed input field by field, with message keys', () => {
    const result = createPlanSchema.safeParse({ officialNumber: 'KH 301', issuedOn: '31/02/2024', issuerId: 'x', title: '   ' });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]));
    expect(byField).toMatchObject({ officialNumber: 'plan.numberFormat', issuedOn: 'invalidDate', issuerId: 'invalidChoice', title: 'required' });
  });

  it('an update needs the version the form was loaded with', () => {
    expect(updatePlanSchema.safeParse({ ...planInput(), issuedOn: '2024-01-15', planId: crypto.randomUUID() }).success).toBe(false);
  });
});

describe('creating and editing plans', () => {
  it('creates a plan and its audit row in one transaction', async () => {
    const before = await counts();
    const { id } = await createPlan({ actor: secretary, ...planInput() });
    expect(await counts()).toEqual({ plans: before.plans + 1, audit: before.audit + 1 });
    const audit = await database.auditLog.findFirstOrThrow({ where: { entity: 'Plan', entityId: id } });
    expect(audit).toMatchObject({ action: 'plan.create', actorUserId: secretary.userId, outcome: 'SUCCESS' });
    expect(audit.after).toMatchObject({ officialNumber: '301-KH/ĐUSLĐTBXH', version: 1 });
  });

  it('refuses a number already used by the issuer, naming the existing plan, and writes nothing', async () => {
    const before = await counts();
    const error = await createPlan({ actor: secretary, ...planInput({ officialNumber: '274-kh/đuslđtbxh' }) }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RuleViolationError);
    expect(error).toMatchObject({ messageKey: 'plan.duplicateNumber', field: 'officialNumber', values: { number: '274-KH/ĐUSLĐTBXH', date: '13/03/2023' } });
    expect((error as RuleViolationError).values.title).toContain('Kế hoạch sơ kết, đánh giá giữa nhiệm kỳ');
    expect(await counts()).toEqual(before);
  });

  it('refuses an issuer outside the secretary’s organisations', async () => {
    const before = await counts();
    await expect(createPlan({ actor: secretary, ...planInput({ officialNumber: '9-KH/ĐUK', issuerId: blockId }) })).rejects.toMatchObject({ messageKey: 'plan.issuerOutOfScope' });
    expect(await counts()).toEqual(before);
  });

  it('refuses an attendee before touching the database', async () => {
    const before = await counts();
    await expect(createPlan({ actor: attendee, ...planInput({ officialNumber: '302-KH/ĐUSLĐTBXH' }) })).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(await counts()).toEqual(before);
  });

  it('a stale edit is refused with who changed it, and overwrites nothing', async () => {
    const { id } = await createPlan({ actor: secretary, ...planInput({ officialNumber: '303-KH/ĐUSLĐTBXH' }) });
    const loadedVersion = 1;
    await updatePlan({ actor: secretary, ...planInput({ officialNumber: '303-KH/ĐUSLĐTBXH', title: 'Bản sửa thứ nhất' }), planId: id, version: loadedVersion });
    const before = await counts();
    const error = await updatePlan({ actor: secretary, ...planInput({ officialNumber: '303-KH/ĐUSLĐTBXH', title: 'Bản sửa cũ' }), planId: id, version: loadedVersion }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StaleRecordError);
    expect(error).toMatchObject({ changedBy: 'Phạm Thị Thu Trang' });
    expect(await counts()).toEqual(before);
    expect(await database.plan.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: 'Bản sửa thứ nhất', version: 2 });
  });
});
