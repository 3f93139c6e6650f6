import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadActor, type Actor } from '../../lib/auth/load-actor.ts';
import { PermissionDeniedError } from '../../lib/auth/permissions.ts';
import type { Database } from '../../lib/db/create-client.ts';
import { en } from '../../lib/i18n/messages/en.ts';
import { vi } from '../../lib/i18n/messages/vi.ts';
import { addTargetResultSchema, updateTargetResultSchema } from '../../lib/schemas/target-result.ts';
import { NotFoundError, RuleViolationError, StaleRecordError } from '../../lib/server/errors.ts';
import { addTargetResult } from '../../lib/server/targets/add-target-result.ts';
import { getResultFormOptions } from '../../lib/server/targets/get-result-form-options.ts';
import { getTarget } from '../../lib/server/targets/get-target.ts';
import { removeTargetResult } from '../../lib/server/targets/remove-target-result.ts';
import { updateTargetResult } from '../../lib/server/targets/update-target-result.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

let demo: DemoDatabase;
let database: Database;
let secretary: Actor;
let admin: Actor;
let attendee: Actor;
let otherSecretary: Actor;
let resolutionId: string;
let targets: Record<'workersAbroad' | 'trainedLabour' | 'vocationalTraining' | 'gratitudeFund' | 'certifiedLabour', string>;
let referenceConferenceId: string;
let foreignConferenceId: string;

/** The refusal of a use case, for asserting on its kind and message key. */
const refusal = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

/** The result form as it is posted, parsed by the same schema as the action. */
function addInput(targetId: string, overrides: Record<string, string | string[]> = {}) {
  return addTargetResultSchema.parse({
    targetId, period: 'YEAR', year: '2024', value: '357', qualifier: 'EXACT', source: 'Báo cáo năm 2024', note: '', conferenceId: '', breakdownLabel: '',
    partLabel: [''], partValue: [''], ...overrides,
  });
}

function updateInput(resultId: string, version: number, overrides: Record<string, string | string[]> = {}) {
  return updateTargetResultSchema.parse({
    resultId, version: String(version), period: 'YEAR', year: '2024', value: '357', qualifier: 'EXACT', source: '', note: '', conferenceId: '', breakdownLabel: '',
    partLabel: [''], partValue: [''], ...overrides,
  });
}

/** Everything a result write could touch. */
const counts = async () => ({
  results: await database.targetResult.count(),
  parts: await database.targetResultPart.count(),
  audit: await database.auditLog.count(),
});

/** The id of the transaction that wrote a row (PostgreSQL's xmin): equal ids mean one transaction. */
async function writtenBy(table: 'TargetResult' | 'TargetResultPart' | 'AuditLog', column: 'id' | 'resultId' | 'entityId', id: string): Promise<string[]> {
  const rows = await database.$queryRawUnsafe<{ xmin: string }[]>(`SELECT xmin::text AS xmin FROM "${table}" WHERE "${column}"::text = $1`, id);
  return [...new Set(rows.map((row) => row.xmin))];
}

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
  secretary = await demo.actorFor('vanphong');
  admin = await demo.actorFor('quantri');
  attendee = await demo.actorFor('daibieu');
  const resolution = await database.resolution.findFirstOrThrow({ select: { id: true, targets: { select: { id: true, name: true } } } });
  resolutionId = resolution.id;
  const byName = (start: string) => resolution.targets.find((target) => target.name.startsWith(start))!.id;
  targets = {
    workersAbroad: byName('Số lao động đi làm việc ở nước ngoài'),
    trainedLabour: byName('Tỷ lệ lao động qua đào tạo'),
    vocationalTraining: byName('Tuyển sinh, đào tạo nghề nghiệp'),
    gratitudeFund: byName('Vận động Quỹ'),
    certifiedLabour: byName('Tỷ lệ lao động qua đào tạo có văn bằng'),
  };
  referenceConferenceId = (await database.conference.findFirstOrThrow({ where: { status: 'CONCLUDED' }, select: { id: true } })).id;

  // Another department under the same block: its secretary manages nothing of the demo's.
  const block = await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUK' } });
  const health = await database.organization.create({ data: { name: 'Đảng bộ Sở Y tế', kind: 'GRASSROOTS_COMMITTEE', parentId: block.id } });
  const member = await database.member.create({ data: { fullName: 'Đinh Thị Lan', organizationId: health.id } });
  const user = await database.user.create({
    data: { memberId: member.id, username: 'vanphong-yte', passwordHash: 'not-a-login', roles: { create: { role: 'SECRETARY', organizationId: health.id } } },
  });
  otherSecretary = (await loadActor(user.id))!;
  foreignConferenceId = (await database.conference.create({
    data: { kind: 'REGULAR', title: 'Hội nghị Ban Chấp hành Đảng bộ Sở Y tế', startsAt: new Date('2024-03-05T01:00:00Z'), endsAt: new Date('2024-03-05T04:00:00Z'), hostOrganizationId: health.id },
    select: { id: true },
  })).id;
});

afterAll(async () => {
  await demo?.close();
});

describe('recording a result', () => {
  it('adds a result with its breakdown, the rows and the audit row written in one transaction', async () => {
    const before = await counts();
    const saved = await addTargetResult({
      actor: secretary,
      ...addInput(targets.workersAbroad, {
        conferenceId: referenceConferenceId, breakdownLabel: 'Theo quốc gia',
        partLabel: ['Nhật Bản', 'Đài Loan', 'Hàn Quốc', 'Nga', 'Indonesia', ''], partValue: ['233', '106', '2', '1', '1', ''],
      }),
    });
    expect(saved).toMatchObject({ targetId: targets.workersAbroad, resolutionId, breakdown: { hasParts: true, matches: false, sum: 343, total: 357, difference: -14 } });
    expect(await counts()).toEqual({ results: before.results + 1, parts: before.parts + 5, audit: before.audit + 1 });

    const row = await database.targetResult.findUniqueOrThrow({ where: { id: saved.id }, include: { parts: { orderBy: { position: 'asc' } } } });
    expect(row).toMatchObject({ period: 'YEAR', year: 2024, qualifier: 'EXACT', source: 'Báo cáo năm 2024', breakdownLabel: 'Theo quốc gia', conferenceId: referenceConferenceId, version: 1 });
    expect(row.value.toNumber()).toBe(357);
    expect(row.parts.map((part) => [part.position, part.label, part.value.toNumber()])).toEqual([[1, 'Nhật Bản', 233], [2, 'Đài Loan', 106], [3, 'Hàn Quốc', 2], [4, 'Nga', 1], [5, 'Indonesia', 1]]);

    const audit = await database.auditLog.findFirstOrThrow({ where: { entity: 'TargetResult', entityId: saved.id } });
    expect(audit).toMatchObject({ action: 'targetResult.create', actorUserId: secretary.userId, outcome: 'SUCCESS', before: null });
    expect(audit.after).toMatchObject({ year: 2024, period: 'YEAR', parts: [{ position: 1, label: 'Nhật Bản' }, {}, {}, {}, { position: 5, label: 'Indonesia' }] });

    const transactions = [
      ...(await writtenBy('TargetResult', 'id', saved.id)),
      ...(await writtenBy('TargetResultPart', 'resultId', saved.id)),
      ...(await writtenBy('AuditLog', 'entityId', saved.id)),
    ];
    expect(new Set(transactions).size).toBe(1);
  });

  it('a result whose parts add up is saved without a warning; one without parts has nothing to check', async () => {
    const withParts = await addTargetResult({ actor: admin, ...addInput(targets.vocationalTraining, { value: '0.3', partLabel: ['a', 'b'], partValue: ['0.1', '0.2'] }) });
    expect(withParts.breakdown).toMatchObject({ hasParts: true, matches: true });
    const withoutParts = await addTargetResult({ actor: secretary, ...addInput(targets.trainedLabour, { period: 'END_OF_TERM', year: '2025', value: '70,2', qualifier: 'ESTIMATE' }) });
    expect(withoutParts.breakdown).toMatchObject({ hasParts: false, matches: true });
    expect((await database.targetResult.findUniqueOrThrow({ where: { id: withoutParts.id } })).value.toNumber()).toBe(70.2);
  });

  it('refuses a second result for the same period and year next to the period, and writes nothing', async () => {
    // The demo holds the 2023 figure of workers abroad (357) and the mid-term one of trained labour.
    const before = await counts();
    const error = await refusal(addTargetResult({ actor: secretary, ...addInput(targets.workersAbroad, { year: '2023', value: '360', partLabel: ['Nhật Bản'], partValue: ['240'] }) }));
    expect(error).toBeInstanceOf(RuleViolationError);
    expect(error).toMatchObject({ messageKey: 'targetResult.duplicateYear', field: 'period', values: { year: 2023 } });
    await expect(addTargetResult({ actor: secretary, ...addInput(targets.trainedLabour, { period: 'MID_TERM', year: '2023' }) })).rejects.toMatchObject({
      messageKey: 'targetResult.duplicateMidTerm', field: 'period',
    });
    expect(await counts()).toEqual(before);
    expect(vi.errors['targetResult.duplicateYear']).toContain('{year}');
  });

  it('refuses to move an edited result onto a period the target already has', async () => {
    const { id } = await addTargetResult({ actor: secretary, ...addInput(targets.gratitudeFund, { year: '2022', value: '9' }) });
    const before = await counts();
    await expect(updateTargetResult({ actor: secretary, ...updateInput(id, 1, { period: 'MID_TERM', year: '2023', value: '14' }) })).rejects.toMatchObject({
      messageKey: 'targetResult.duplicateMidTerm', field: 'period',
    });
    expect(await counts()).toEqual(before);
    expect(await database.targetResult.findUniqueOrThrow({ where: { id } })).toMatchObject({ period: 'YEAR', year: 2022, version: 1 });
  });

  it('refuses a year outside the term and a conference of another organisation, next to their fields', async () => {
    const before = await counts();
    await expect(addTargetResult({ actor: secretary, ...addInput(targets.workersAbroad, { year: '2026' }) })).rejects.toMatchObject({
      messageKey: 'targetResult.yearOutsideTerm', field: 'year', values: { start: 2020, end: 2025 },
    });
    await expect(addTargetResult({ actor: secretary, ...addInput(targets.workersAbroad, { year: '2021', conferenceId: foreignConferenceId }) })).rejects.toMatchObject({
      messageKey: 'targetResult.conferenceOutOfScope', field: 'conferenceId',
    });
    expect(await counts()).toEqual(before);
  });
});

describe('editing and removing a result', () => {
  it('saves an edit with its breakdown replaced, and audits before and after', async () => {
    const { id } = await addTargetResult({ actor: secretary, ...addInput(targets.workersAbroad, { year: '2022', value: '300', partLabel: ['Nhật Bản', 'Đài Loan'], partValue: ['200', '90'] }) });
    const saved = await updateTargetResult({
      actor: secretary,
      ...updateInput(id, 1, { year: '2022', value: '310', breakdownLabel: 'Theo quốc gia', partLabel: ['Nhật Bản', 'Đài Loan', 'Hàn Quốc'], partValue: ['200', '100', '10'] }),
    });
    expect(saved.breakdown).toMatchObject({ matches: true, sum: 310 });
    const row = await database.targetResult.findUniqueOrThrow({ where: { id }, include: { parts: { orderBy: { position: 'asc' } } } });
    expect(row).toMatchObject({ version: 2, breakdownLabel: 'Theo quốc gia' });
    expect(row.parts.map((part) => part.label)).toEqual(['Nhật Bản', 'Đài Loan', 'Hàn Quốc']);
    const audit = await database.auditLog.findFirstOrThrow({ where: { entity: 'TargetResult', entityId: id, action: 'targetResult.update' } });
    expect(audit.before).toMatchObject({ version: 1, parts: [{ label: 'Nhật Bản' }, { label: 'Đài Loan' }] });
    expect(audit.after).toMatchObject({ version: 2, parts: [{}, {}, { label: 'Hàn Quốc' }] });
  });

  it('a stale edit is refused with who saved it, and overwrites nothing, parts included', async () => {
    const { id } = await addTargetResult({ actor: secretary, ...addInput(targets.certifiedLabour, { year: '2022', value: '27', partLabel: ['Nam', 'Nữ'], partValue: ['15', '12'] }) });
    const loadedVersion = 1;
    await updateTargetResult({ actor: secretary, ...updateInput(id, loadedVersion, { year: '2022', value: '27.5', partLabel: ['Nam', 'Nữ'], partValue: ['15', '12.5'] }) });
    const before = await counts();
    const error = await refusal(updateTargetResult({ actor: admin, ...updateInput(id, loadedVersion, { year: '2022', value: '99', partLabel: ['Khác'], partValue: ['99'] }) }));
    expect(error).toBeInstanceOf(StaleRecordError);
    expect(error).toMatchObject({ entity: 'TargetResult', changedBy: 'Phạm Thị Thu Trang' });
    expect(await counts()).toEqual(before);
    const row = await database.targetResult.findUniqueOrThrow({ where: { id }, include: { parts: { orderBy: { position: 'asc' } } } });
    expect(row.version).toBe(2);
    expect(row.value.toNumber()).toBe(27.5);
    expect(row.parts.map((part) => [part.label, part.value.toNumber()])).toEqual([['Nam', 15], ['Nữ', 12.5]]);

    // A removal from the same stale form is refused as well.
    await expect(removeTargetResult({ actor: admin, resultId: id, version: loadedVersion })).rejects.toBeInstanceOf(StaleRecordError);
    expect(await counts()).toEqual(before);
  });

  it('removes a result with its parts, keeping the figures in the audit row', async () => {
    const { id } = await addTargetResult({ actor: secretary, ...addInput(targets.vocationalTraining, { year: '2021', value: '10', partLabel: ['Cao đẳng', 'Trung cấp'], partValue: ['4', '6'] }) });
    const before = await counts();
    expect(await removeTargetResult({ actor: secretary, resultId: id, version: 1 })).toEqual({ targetId: targets.vocationalTraining, resolutionId, period: 'YEAR', year: 2021 });
    expect(await counts()).toEqual({ results: before.results - 1, parts: before.parts - 2, audit: before.audit + 1 });
    const audit = await database.auditLog.findFirstOrThrow({ where: { entity: 'TargetResult', entityId: id, action: 'targetResult.remove' } });
    expect(audit.before).toMatchObject({ year: 2021, parts: [{ label: 'Cao đẳng' }, { label: 'Trung cấp' }] });
    expect(audit.after).toBeNull();
  });
});

describe('who may record results', () => {
  it('a secretary of another organisation finds neither the target nor its results, and changes nothing', async () => {
    const demoResult = await database.targetResult.findFirstOrThrow({ where: { targetId: targets.workersAbroad, year: 2023 }, include: { parts: true } });
    const before = await counts();
    await expect(addTargetResult({ actor: otherSecretary, ...addInput(targets.workersAbroad, { year: '2021' }) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateTargetResult({ actor: otherSecretary, ...updateInput(demoResult.id, demoResult.version, { year: '2023', value: '1' }) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeTargetResult({ actor: otherSecretary, resultId: demoResult.id, version: demoResult.version })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getTarget({ actor: otherSecretary, resolutionId, targetId: targets.workersAbroad })).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual(before);
    expect(await database.targetResult.findUniqueOrThrow({ where: { id: demoResult.id }, include: { parts: true } })).toEqual(demoResult);
  });

  it('an attendee is refused before anything is read or written', async () => {
    const demoResult = await database.targetResult.findFirstOrThrow({ where: { targetId: targets.workersAbroad, year: 2023 } });
    const before = await counts();
    await expect(addTargetResult({ actor: attendee, ...addInput(targets.workersAbroad, { year: '2021' }) })).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(updateTargetResult({ actor: attendee, ...updateInput(demoResult.id, demoResult.version, { year: '2023', value: '1' }) })).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(removeTargetResult({ actor: attendee, resultId: demoResult.id, version: demoResult.version })).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(getTarget({ actor: attendee, resolutionId, targetId: targets.workersAbroad })).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(getResultFormOptions({ actor: attendee })).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(await counts()).toEqual(before);
    expect(await database.targetResult.findUniqueOrThrow({ where: { id: demoResult.id } })).toEqual(demoResult);
  });
});

describe('bad input', () => {
  /** The field messages the action would show: the first message key per field, in both languages. */
  function fieldMessages(input: Record<string, unknown>) {
    const parsed = addTargetResultSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    const keys: Record<string, string> = {};
    for (const issue of parsed.error!.issues) keys[issue.path.join('.')] ??= issue.message;
    for (const key of Object.values(keys)) {
      expect((vi.errors as Record<string, string>)[key], key).toBeTruthy();
      expect((en.errors as Record<string, string>)[key], key).toBeTruthy();
    }
    return keys;
  }

  it('a negative or NaN value, an empty part label and an unknown period each get a message next to their field, and nothing is written', async () => {
    const before = await counts();
    const base = { targetId: targets.workersAbroad, year: '2024', qualifier: 'EXACT' };
    expect(fieldMessages({ ...base, period: 'YEAR', value: '-3' })).toEqual({ value: 'targetResult.negative' });
    expect(fieldMessages({ ...base, period: 'YEAR', value: 'NaN' })).toEqual({ value: 'targetResult.invalidNumber' });
    expect(fieldMessages({ ...base, period: 'QUARTER', value: '357' })).toEqual({ period: 'targetResult.choosePeriod' });
    expect(fieldMessages({ ...base, period: 'YEAR', value: '357', partLabel: ['Nhật Bản', '  '], partValue: ['233', '106'] })).toEqual({ 'parts.1.label': 'targetResult.partLabelRequired' });
    expect(vi.errors['targetResult.partLabelRequired']).toBe('Dòng có giá trị thì cần ghi tên thành phần.');
    expect(await counts()).toEqual(before);
  });
});

describe('the thread from a target', () => {
  it('shows the goal, the demo result with its achievement and flagged breakdown, the reviewing conference and the tasks', async () => {
    const target = await getTarget({ actor: secretary, resolutionId, targetId: targets.workersAbroad });
    expect(target).toMatchObject({ name: 'Số lao động đi làm việc ở nước ngoài theo hợp đồng trong năm', unit: 'PEOPLE', goalKind: 'AT_LEAST', targetValue: 203 });
    expect(target.resolution).toMatchObject({ id: resolutionId, term: { startYear: 2020, endYear: 2025 } });
    const demoResult = target.results.find((result) => result.year === 2023 && result.period === 'YEAR')!;
    expect(demoResult).toMatchObject({
      value: 357, qualifier: 'EXACT', breakdownLabel: 'Theo quốc gia',
      achievement: { percent: 176, status: 'EXCEEDED' },
      breakdown: { matches: false, sum: 343, difference: -14 },
      conference: { id: referenceConferenceId },
    });
    expect(demoResult.parts.map((part) => part.value)).toEqual([233, 106, 2, 1, 1]);
    // Results run oldest first over the term: the ones this file added for 2022 and 2024 around the demo's.
    expect(target.results.map((result) => result.year)).toEqual([...target.results.map((result) => result.year)].sort());
    expect(target.conferences.map((conference) => conference.id)).toEqual([referenceConferenceId]);
    expect(target.tasks).toEqual([]);
  });

  it('lists the tasks that serve a target with owner, responsible person, due date, status and progress', async () => {
    // The end-of-term estimate is the one recorded earlier in this file.
    const target = await getTarget({ actor: secretary, resolutionId, targetId: targets.trainedLabour });
    expect(target.results.map((result) => [result.period, result.year])).toEqual([['MID_TERM', 2023], ['END_OF_TERM', 2025]]);
    expect(target.results[0]).toMatchObject({ value: 69.5, qualifier: 'ESTIMATE', achievement: { status: 'NOT_YET' } });
    expect(target.tasks).toHaveLength(1);
    const [task] = target.tasks;
    expect(task).toMatchObject({
      title: 'Nâng cao chất lượng giáo dục nghề nghiệp, gắn đào tạo với thị trường lao động',
      status: 'IN_PROGRESS', progress: 30,
      ownerOrganization: { shortName: 'Chi bộ Phòng LĐ-VL' },
      responsibleMember: { fullName: 'Võ Minh Khoa' },
      conclusion: { number: 2, conference: { id: referenceConferenceId } },
    });
    expect(task!.dueDate?.toISOString().slice(0, 10)).toBe('2025-12-31');
  });

  it('is not found under another resolution, and lists only the actor’s conferences in the form', async () => {
    const otherResolutionId = '01900000-0000-7000-8000-00000000beef';
    await expect(getTarget({ actor: secretary, resolutionId: otherResolutionId, targetId: targets.workersAbroad })).rejects.toBeInstanceOf(NotFoundError);
    const options = await getResultFormOptions({ actor: secretary });
    expect(options.conferences.map((conference) => conference.id)).toContain(referenceConferenceId);
    expect(options.conferences.map((conference) => conference.id)).not.toContain(foreignConferenceId);
  });
});
