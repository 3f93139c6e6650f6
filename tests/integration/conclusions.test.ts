import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/load-actor.ts';
import { PermissionDeniedError } from '../../lib/auth/permissions.ts';
import type { Database } from '../../lib/db/create-client.ts';
import type { ConferenceStatus } from '../../lib/db/generated/prisma/enums.ts';
import { addConclusionSchema, publishConclusionsSchema, shownDraftsValue, updateConclusionSchema } from '../../lib/schemas/conclusion.ts';
import { addConclusion } from '../../lib/server/conclusions/add-conclusion.ts';
import { findConclusions } from '../../lib/server/conclusions/find-conclusions.ts';
import { moveConclusion } from '../../lib/server/conclusions/move-conclusion.ts';
import { publishConclusions } from '../../lib/server/conclusions/publish-conclusions.ts';
import { removeConclusion } from '../../lib/server/conclusions/remove-conclusion.ts';
import { updateConclusion } from '../../lib/server/conclusions/update-conclusion.ts';
import { getConference } from '../../lib/server/conferences/get-conference.ts';
import { RuleViolationError, StaleRecordError } from '../../lib/server/errors.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

let demo: DemoDatabase;
let database: Database;
let secretary: Actor;
let admin: Actor;
let attendee: Actor;
let departmentId: string;

const actorFor = (username: string): Promise<Actor> => demo.actorFor(username);

/** A conference of the department at the given stage, to which the attendee is invited. */
async function conferenceAt(status: ConferenceStatus): Promise<string> {
  const { id } = await database.conference.create({
    data: {
      kind: 'REGULAR', title: `Hội nghị thường kỳ (${status})`, status, hostOrganizationId: departmentId,
      startsAt: new Date('2026-11-20T07:30:00+07:00'), endsAt: new Date('2026-11-20T11:00:00+07:00'),
      invitees: { create: { memberId: attendee.memberId } },
    },
    select: { id: true },
  });
  return id;
}

const setStatus = (conferenceId: string, status: ConferenceStatus) => database.conference.update({ where: { id: conferenceId }, data: { status } });

const add = (conferenceId: string, content: string, actor = secretary) => addConclusion({ actor, ...addConclusionSchema.parse({ conferenceId, content }) });

const listed = async (conferenceId: string) =>
  database.conclusion.findMany({ where: { conferenceId }, orderBy: { number: 'asc' }, select: { id: true, number: true, content: true, version: true, publishedAt: true } });

/** What the publish form carries: the drafts as the page shows them, and the tick. */
async function publishInput(conferenceId: string) {
  const drafts = (await listed(conferenceId)).filter((conclusion) => !conclusion.publishedAt);
  return publishConclusionsSchema.parse({ conferenceId, shownDrafts: shownDraftsValue(drafts), confirm: 'on' });
}

const counts = async () => ({
  conclusions: await database.conclusion.count(),
  revisions: await database.conclusionRevision.count(),
  published: await database.conclusion.count({ where: { publishedAt: { not: null } } }),
  audit: await database.auditLog.count(),
});

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
  secretary = await actorFor('vanphong');
  admin = await actorFor('quantri');
  attendee = await actorFor('daibieu');
  departmentId = (await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUSLĐTBXH' } })).id;
});

afterAll(async () => {
  await demo?.close();
});

describe('the conclusion schemas', () => {
  it('needs text, and publishing needs the tick that the drafts were re-read', () => {
    expect(addConclusionSchema.safeParse({ conferenceId: crypto.randomUUID(), content: '  ' }).error?.issues[0]?.message).toBe('required');
    const unticked = publishConclusionsSchema.safeParse({ conferenceId: crypto.randomUUID(), shownDrafts: '' });
    expect(unticked.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['confirm', 'conclusion.confirmPublish']]);
  });
});

describe('conclusions follow the conference’s stage', () => {
  it('refuses conclusions on a conference not yet held (SCHEDULED), and writes nothing', async () => {
    const conferenceId = await conferenceAt('SCHEDULED');
    const before = await counts();
    const error = await add(conferenceId, 'Kết luận trước khi họp').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RuleViolationError);
    expect(error).toMatchObject({ messageKey: 'conclusion.notHeld' });
    await expect(publishConclusions({ actor: secretary, conferenceId, shownDrafts: [] })).rejects.toMatchObject({ messageKey: 'conclusion.notHeld' });
    expect(await counts()).toEqual(before);
  });

  it('refuses changes once the conference is concluded or closed', async () => {
    const conferenceId = await conferenceAt('HELD');
    const { id } = await add(conferenceId, 'Kết luận số một');
    await setStatus(conferenceId, 'CONCLUDED');
    const before = await counts();
    await expect(updateConclusion({ actor: secretary, conclusionId: id, version: 1, content: 'Sửa muộn' })).rejects.toMatchObject({ messageKey: 'conclusion.notHeld' });
    await expect(add(conferenceId, 'Thêm muộn')).rejects.toMatchObject({ messageKey: 'conclusion.notHeld' });
    await setStatus(conferenceId, 'CLOSED');
    await expect(removeConclusion({ actor: secretary, conclusionId: id, version: 1 })).rejects.toMatchObject({ messageKey: 'conclusion.closed' });
    expect(await counts()).toEqual(before);
  });

  it('refuses an attendee before touching the database', async () => {
    const conferenceId = await conferenceAt('HELD');
    const before = await counts();
    await expect(add(conferenceId, 'Kết luận của đại biểu', attendee)).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(publishConclusions({ actor: attendee, conferenceId, shownDrafts: [] })).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(await counts()).toEqual(before);
  });
});

describe('numbered drafts', () => {
  it('numbers drafts in order, moves them by one step and closes the gap on removal', async () => {
    const conferenceId = await conferenceAt('HELD');
    const first = await add(conferenceId, 'Thứ nhất');
    const second = await add(conferenceId, 'Thứ hai');
    const third = await add(conferenceId, 'Thứ ba');
    expect([first.number, second.number, third.number]).toEqual([1, 2, 3]);

    await moveConclusion({ actor: secretary, conclusionId: third.id, version: 1, direction: 'up' });
    expect((await listed(conferenceId)).map((conclusion) => conclusion.content)).toEqual(['Thứ nhất', 'Thứ ba', 'Thứ hai']);

    // The first cannot go higher; nothing changes.
    const before = await counts();
    const current = (await listed(conferenceId))[0]!;
    await expect(moveConclusion({ actor: secretary, conclusionId: current.id, version: current.version, direction: 'up' })).rejects.toMatchObject({ messageKey: 'conclusion.alreadyFirst' });
    expect(await counts()).toEqual(before);

    await removeConclusion({ actor: secretary, conclusionId: first.id, version: 1 });
    const after = await listed(conferenceId);
    expect(after.map((conclusion) => [conclusion.number, conclusion.content])).toEqual([[1, 'Thứ ba'], [2, 'Thứ hai']]);
    expect(await database.auditLog.count({ where: { entity: 'Conclusion', entityId: first.id, action: 'conclusion.delete' } })).toBe(1);
  });

  it('a move from a stale page is refused naming who changed the conclusion', async () => {
    const conferenceId = await conferenceAt('HELD');
    const first = await add(conferenceId, 'Một');
    await add(conferenceId, 'Hai');
    await updateConclusion({ actor: admin, ...updateConclusionSchema.parse({ conclusionId: first.id, version: '1', content: 'Một (đã sửa)' }) });
    const before = await counts();
    await expect(moveConclusion({ actor: secretary, conclusionId: first.id, version: 1, direction: 'down' })).rejects.toMatchObject({
      name: 'StaleRecordError', changedBy: 'Lê Thị Hồng Nhung',
    });
    expect(await counts()).toEqual(before);
  });
});

describe('publishing', () => {
  it('refuses to publish when there are no conclusions, with a clear message, and changes nothing', async () => {
    const conferenceId = await conferenceAt('HELD');
    const before = await counts();
    const error = await publishConclusions({ actor: secretary, ...(await publishInput(conferenceId)) }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RuleViolationError);
    expect(error).toMatchObject({ messageKey: 'conclusion.noneToPublish' });
    expect(await counts()).toEqual(before);
  });

  it('publishes every draft at once with revision 1 each; attendees then see exactly the published ones', async () => {
    const conferenceId = await conferenceAt('HELD');
    await add(conferenceId, 'Tiếp tục nâng cao chất lượng sinh hoạt chi bộ.');
    await add(conferenceId, 'Đẩy mạnh đào tạo nghề gắn với giải quyết việc làm.');
    expect((await getConference({ actor: attendee, conferenceId })).conclusions).toEqual([]);

    const before = await counts();
    expect(await publishConclusions({ actor: secretary, ...(await publishInput(conferenceId)) })).toEqual({ published: 2 });
    expect(await counts()).toEqual({ conclusions: before.conclusions, revisions: before.revisions + 2, published: before.published + 2, audit: before.audit + 2 });

    const published = await listed(conferenceId);
    expect(new Set(published.map((conclusion) => conclusion.publishedAt?.toISOString())).size).toBe(1);
    const revisions = await database.conclusionRevision.findMany({ where: { conclusion: { conferenceId } }, orderBy: { createdAt: 'asc' } });
    expect(revisions.map((revision) => [revision.revision, revision.authorId])).toEqual([[1, secretary.userId], [1, secretary.userId]]);

    // A draft added afterwards stays hidden from attendees until it is published too.
    await add(conferenceId, 'Kết luận bổ sung.');
    const seen = (await getConference({ actor: attendee, conferenceId })).conclusions;
    expect(seen.map((conclusion) => conclusion.number)).toEqual([1, 2]);
    expect((await getConference({ actor: secretary, conferenceId })).conclusions).toHaveLength(3);

    // Nothing left to publish once every draft is published.
    await publishConclusions({ actor: secretary, ...(await publishInput(conferenceId)) });
    await expect(publishConclusions({ actor: secretary, ...(await publishInput(conferenceId)) })).rejects.toMatchObject({ messageKey: 'conclusion.allPublished' });
  });

  it('refuses to publish drafts the page did not show (added or edited meanwhile), publishing nothing', async () => {
    const conferenceId = await conferenceAt('HELD');
    await add(conferenceId, 'Thứ nhất');
    const shown = await publishInput(conferenceId);
    await add(conferenceId, 'Thêm bởi quản trị', admin);
    const before = await counts();
    const error = await publishConclusions({ actor: secretary, ...shown }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StaleRecordError);
    expect(error).toMatchObject({ changedBy: 'Lê Thị Hồng Nhung' });
    expect(await counts()).toEqual(before);
  });

  it('freezes a published conclusion: a change makes revision 2 with its author and keeps revision 1', async () => {
    const conferenceId = await conferenceAt('HELD');
    const { id } = await add(conferenceId, 'Văn bản đã ban hành.');
    await publishConclusions({ actor: secretary, ...(await publishInput(conferenceId)) });
    const publishedVersion = (await database.conclusion.findUniqueOrThrow({ where: { id } })).version;

    const before = await counts();
    const result = await updateConclusion({ actor: admin, ...updateConclusionSchema.parse({ conclusionId: id, version: String(publishedVersion), content: 'Văn bản sửa đổi.' }) });
    expect(result).toMatchObject({ revision: 2, number: 1 });
    expect(await counts()).toEqual({ ...before, revisions: before.revisions + 1, audit: before.audit + 1 });

    const conclusion = await database.conclusion.findUniqueOrThrow({ where: { id } });
    expect(conclusion).toMatchObject({ content: 'Văn bản sửa đổi.', version: publishedVersion + 1 });
    expect(conclusion.publishedAt).not.toBeNull();

    // The history, newest first, says who changed what.
    const [history] = await findConclusions({ actor: secretary, conferenceId });
    expect(history!.revisions.map((revision) => [revision.revision, revision.content, revision.author?.member.fullName])).toEqual([
      [2, 'Văn bản sửa đổi.', 'Lê Thị Hồng Nhung'],
      [1, 'Văn bản đã ban hành.', 'Phạm Thị Thu Trang'],
    ]);
    expect(await database.auditLog.findFirstOrThrow({ where: { entity: 'Conclusion', entityId: id }, orderBy: { id: 'desc' } })).toMatchObject({ action: 'conclusion.revise' });

    // A second editor still on the published version is refused and overwrites nothing.
    const stale = await counts();
    await expect(updateConclusion({ actor: secretary, conclusionId: id, version: publishedVersion, content: 'Sửa từ trang cũ.' })).rejects.toMatchObject({
      name: 'StaleRecordError', changedBy: 'Lê Thị Hồng Nhung',
    });
    expect(await counts()).toEqual(stale);
    expect((await database.conclusion.findUniqueOrThrow({ where: { id } })).content).toBe('Văn bản sửa đổi.');
  });

  it('a published conclusion is never removed or renumbered', async () => {
    const conferenceId = await conferenceAt('HELD');
    await add(conferenceId, 'Đã ban hành');
    await publishConclusions({ actor: secretary, ...(await publishInput(conferenceId)) });
    const draft = await add(conferenceId, 'Nháp sau khi ban hành');
    const published = (await listed(conferenceId))[0]!;

    const before = await counts();
    await expect(removeConclusion({ actor: secretary, conclusionId: published.id, version: published.version })).rejects.toMatchObject({ messageKey: 'conclusion.publishedCannotBeRemoved' });
    await expect(moveConclusion({ actor: secretary, conclusionId: published.id, version: published.version, direction: 'down' })).rejects.toMatchObject({ messageKey: 'conclusion.publishedCannotMove' });
    await expect(moveConclusion({ actor: secretary, conclusionId: draft.id, version: 1, direction: 'up' })).rejects.toMatchObject({ messageKey: 'conclusion.cannotPassPublished' });
    expect(await counts()).toEqual(before);
  });

  it('saving the same text again makes no revision', async () => {
    const conferenceId = await conferenceAt('HELD');
    const { id } = await add(conferenceId, 'Không đổi');
    await publishConclusions({ actor: secretary, ...(await publishInput(conferenceId)) });
    const { version } = await database.conclusion.findUniqueOrThrow({ where: { id } });
    const before = await counts();
    expect(await updateConclusion({ actor: secretary, conclusionId: id, version, content: 'Không đổi' })).toMatchObject({ revision: null });
    expect(await counts()).toEqual(before);
  });
});
